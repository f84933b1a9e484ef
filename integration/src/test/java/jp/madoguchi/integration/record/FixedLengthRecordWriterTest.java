package jp.madoguchi.integration.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import jp.madoguchi.integration.config.ColumnKind;
import jp.madoguchi.integration.config.ColumnSpec;
import org.junit.jupiter.api.Test;

class FixedLengthRecordWriterTest {

  private final FixedLengthRecordWriter writer = new FixedLengthRecordWriter(new Cp932Text(false));

  private static ColumnSpec text(String name, int width) {
    return new ColumnSpec(name, "receiptNumber", ColumnKind.TEXT, width);
  }

  private static ColumnSpec number(String name, int width) {
    return new ColumnSpec(name, "receiptNumber", ColumnKind.YEN, width);
  }

  private static String decoded(RenderedRecord r) {
    return new String(r.content(), Cp932Text.WINDOWS_31J);
  }

  @Test
  void widthsCountBytesWithFullWidthAsTwo() {
    RenderedRecord r =
        writer.write(
            List.of(text("氏名", 12), text("カナ", 10), number("金額", 8)),
            List.of("山田　太郎", "ﾔﾏﾀﾞ ﾀﾛｳ", "85000"));
    assertThat(decoded(r)).isEqualTo("山田　太郎  ﾔﾏﾀﾞ ﾀﾛｳ  00085000\r\n");
    assertThat(r.content()).hasSize(12 + 10 + 8 + 2);
  }

  @Test
  void mixedFullAndHalfWidthTextIsPaddedToTheExactByteWidth() {
    RenderedRecord r = writer.write(List.of(text("住所", 15)), List.of("千代田1-1"));
    assertThat(decoded(r)).isEqualTo("千代田1-1      \r\n");
    assertThat(r.content()).hasSize(17);
  }

  @Test
  void tooLongTextIsCutAtACharacterBoundaryNeverInHalf() {
    RenderedRecord r = writer.write(List.of(text("氏名", 5)), List.of("山田太郎"));
    assertThat(decoded(r)).isEqualTo("山田 \r\n");
    assertThat(r.truncatedColumns()).containsExactly("氏名");
    assertThat(r.needsClerkReview()).isTrue();
  }

  @Test
  void numbersWiderThanTheirColumnAreRefusedNotCut() {
    assertThatThrownBy(() -> writer.write(List.of(number("金額", 3)), List.of("85000")))
        .isInstanceOf(RecordRenderingException.class)
        .hasMessageNotContaining("85000");
  }

  @Test
  void missingValuesAreSpaces() {
    RenderedRecord r =
        writer.write(List.of(text("a", 3), number("b", 4)), Arrays.asList(null, null));
    assertThat(decoded(r)).isEqualTo("       \r\n");
  }

  @Test
  void lineBreaksInTextDoNotBreakTheRecord() {
    RenderedRecord r = writer.write(List.of(text("備考", 6)), List.of("a\r\nb"));
    assertThat(decoded(r)).isEqualTo("a  b  \r\n");
  }

  @Test
  void gaijiBecomesGetaOfTwoBytes() {
    RenderedRecord r = writer.write(List.of(text("氏名", 6)), List.of("𠮷田"));
    assertThat(decoded(r)).isEqualTo("〓田  \r\n");
    assertThat(r.gaijiFound()).isTrue();
  }

  @Test
  void utf8WidthsCountUtf8Bytes() {
    FixedLengthRecordWriter utf8 = new FixedLengthRecordWriter(new Utf8Text());
    RenderedRecord r = utf8.write(List.of(text("氏名", 7)), List.of("山田"));
    assertThat(r.content()).hasSize(7 + 2);
  }
}
