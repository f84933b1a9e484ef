package jp.madoguchi.integration.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import jp.madoguchi.integration.config.ColumnKind;
import jp.madoguchi.integration.config.FileEncoding;
import jp.madoguchi.integration.config.FileSettings;
import jp.madoguchi.integration.config.RouteConfigs;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class RecordRendererTest {

  private final RecordRenderer renderer = new RecordRenderer();

  private static RouteConfigs cc01Columns() {
    return RouteConfigs.fileExport(Path.of("/x"))
        .column("受付番号", "receiptNumber", ColumnKind.TEXT, 12)
        .column("氏名カナ", "applicant.nameKana", ColumnKind.KANA_HALF_WIDTH, 14)
        .column("生年月日", "applicant.birthDate", ColumnKind.DATE, 10)
        .column("子1生年月日", "form.children[0].birthDate", ColumnKind.DATE, 7)
        .column("配偶者", "form.hasSpouse", ColumnKind.DIGITS, 1)
        .column("家賃", "form.monthlyRent", ColumnKind.YEN, 8)
        .column("子2氏名", "form.children[1].name", ColumnKind.TEXT, 4);
  }

  private static List<String> csvRow(RenderedRecord r, int row) throws Exception {
    String text = new String(r.content(), Cp932Text.WINDOWS_31J);
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    return records.get(row).toList();
  }

  @Test
  void csvInCp932WithIsoDates() throws Exception {
    RenderedRecord r =
        renderer.render(DeliveryRecords.cc01().build(), cc01Columns().fileSettings());
    assertThat(csvRow(r, 0)).startsWith("受付番号", "氏名カナ");
    assertThat(csvRow(r, 1))
        .containsExactly("R2025-000123", "ﾔﾏﾀﾞ ﾀﾛｳ", "1985-06-15", "2023-04-01", "0", "85000", "");
  }

  @Test
  void warekiDatesAreEraCodePlusYymmdd() throws Exception {
    FileSettings file = cc01Columns().wareki().fileSettings();
    List<String> row = csvRow(renderer.render(DeliveryRecords.cc01().build(), file), 1);
    assertThat(row.get(2)).isEqualTo("3600615");
    assertThat(row.get(3)).isEqualTo("5050401");
  }

  @Test
  void fixedLengthRecordOfTheSameColumns() {
    FileSettings file = cc01Columns().fixed().wareki().fileSettings();
    RenderedRecord r = renderer.render(DeliveryRecords.cc01().build(), file);
    assertThat(new String(r.content(), Cp932Text.WINDOWS_31J))
        .isEqualTo("R2025-000123ﾔﾏﾀﾞ ﾀﾛｳ      3600615   5050401000085000    \r\n");
  }

  @Test
  void gaijiInTheApplicantsNameIsFlagged() {
    RenderedRecord r =
        renderer.render(
            DeliveryRecords.cc01().applicant("nameKana", "ヨシダ").build(),
            RouteConfigs.fileExport(Path.of("/x"))
                .column("氏名", "applicant.name", ColumnKind.TEXT)
                .fileSettings());
    assertThat(r.gaijiFound()).isFalse();
    RenderedRecord yoshida =
        renderer.render(
            DeliveryRecords.cc01().applicant("name", "𠮷田　太郎").build(),
            RouteConfigs.fileExport(Path.of("/x"))
                .column("氏名", "applicant.name", ColumnKind.TEXT)
                .fileSettings());
    assertThat(yoshida.gaijiFound()).isTrue();
  }

  @Test
  void utf8FilesKeepTheOriginalCharacters() {
    FileSettings file =
        RouteConfigs.fileExport(Path.of("/x"))
            .encoding(FileEncoding.UTF_8)
            .noHeader()
            .column("氏名", "applicant.name", ColumnKind.TEXT)
            .fileSettings();
    RenderedRecord r =
        renderer.render(DeliveryRecords.cc01().applicant("name", "𠮷田　太郎").build(), file);
    assertThat(new String(r.content(), StandardCharsets.UTF_8)).isEqualTo("𠮷田　太郎\r\n");
  }

  @Test
  void aDateColumnWithoutADateFailsWithoutEchoingTheValue() {
    FileSettings file =
        RouteConfigs.fileExport(Path.of("/x"))
            .column("氏名", "applicant.name", ColumnKind.DATE)
            .fileSettings();
    assertThatThrownBy(() -> renderer.render(DeliveryRecords.cc01().build(), file))
        .isInstanceOf(RecordRenderingException.class)
        .hasMessageContaining("氏名")
        .hasMessageNotContaining("山田");
  }

  @Test
  void myNumberDigitsAreWrittenWhenTheRouteAsksForThem() throws Exception {
    FileSettings file =
        RouteConfigs.fileExport(Path.of("/x"))
            .noHeader()
            .column("個人番号", "applicant.myNumber", ColumnKind.DIGITS)
            .fileSettings();
    assertThat(file.includesMyNumber()).isTrue();
    assertThat(csvRow(renderer.render(DeliveryRecords.cc01().build(), file), 0))
        .containsExactly("123456789018");
  }
}
