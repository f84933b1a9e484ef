package jp.madoguchi.integration.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvRecordWriterTest {

  private final CsvRecordWriter cp932 = new CsvRecordWriter(new Cp932Text(false), true);

  private static String text(RenderedRecord record) {
    return new String(record.content(), Cp932Text.WINDOWS_31J);
  }

  private static List<CSVRecord> parse(String csv) throws Exception {
    return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
  }

  @Test
  void writesAHeaderAndOneRecordEndingInCrlf() {
    RenderedRecord r = cp932.write(List.of("受付番号", "氏名"), List.of("R-1", "山田　太郎"));
    assertThat(text(r)).isEqualTo("受付番号,氏名\r\nR-1,山田　太郎\r\n");
    assertThat(r.gaijiFound()).isFalse();
  }

  @Test
  void theHeaderIsOptional() {
    CsvRecordWriter noHeader = new CsvRecordWriter(new Cp932Text(false), false);
    assertThat(text(noHeader.write(List.of("a"), List.of("x")))).isEqualTo("x\r\n");
  }

  @Test
  void commasQuotesAndLineBreaksAreQuotedPerRfc4180() throws Exception {
    List<String> values = List.of("千代田1-1, 2F", "\"大\"手町", "一行目\r\n二行目");
    String csv = text(cp932.write(List.of("a", "b", "c"), values));
    assertThat(csv).contains("\"千代田1-1, 2F\",\"\"\"大\"\"手町\",\"一行目\r\n二行目\"");
    assertThat(parse(csv).get(1).values()).containsExactlyElementsOf(values);
  }

  @Test
  void formulasAreNeutralised() throws Exception {
    String csv = text(cp932.write(List.of("a", "b"), List.of("=cmd|'/C calc'!A0", "@x")));
    assertThat(parse(csv).get(1).values()).containsExactly("'=cmd|'/C calc'!A0", "'@x");
  }

  @Test
  void missingValuesAreEmptyCells() {
    assertThat(text(cp932.write(List.of("a", "b"), Arrays.asList(null, "x"))))
        .endsWith("\r\n,x\r\n");
  }

  @Test
  void gaijiIsReplacedAndReported() throws Exception {
    RenderedRecord r = cp932.write(List.of("氏名"), List.of("𠮷野　太郎"));
    assertThat(r.gaijiFound()).isTrue();
    assertThat(parse(text(r)).get(1).get(0)).isEqualTo("〓野　太郎");
    assertThat(r.reviewReason()).contains("外字");
  }

  @Test
  void wavesDashesAndIbmKanjiSurviveTheRoundTripThroughCp932() throws Exception {
    RenderedRecord r = cp932.write(List.of("a"), List.of("髙﨑 1〜2 −3"));
    assertThat(parse(text(r)).get(1).get(0)).isEqualTo("髙﨑 1～2 －3");
    assertThat(r.gaijiFound()).isFalse();
  }

  @Test
  void utf8KeepsEverything() throws Exception {
    CsvRecordWriter utf8 = new CsvRecordWriter(new Utf8Text(), false);
    RenderedRecord r = utf8.write(List.of("a"), List.of("𠮷野😀"));
    assertThat(new String(r.content(), StandardCharsets.UTF_8)).isEqualTo("𠮷野😀\r\n");
    assertThat(r.gaijiFound()).isFalse();
  }

  @Test
  void fullWidthCharactersAreTwoBytesInCp932() {
    RenderedRecord r =
        new CsvRecordWriter(new Cp932Text(false), false)
            .write(List.of("a"), new ArrayList<>(List.of("山田")));
    assertThat(r.content()).hasSize(6);
  }
}
