package jp.madoguchi.forms.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fields added for issue 19 appear on the 申請書 and the 転記票, 個人番号 masked. */
class RevisedDefinitionsPdfTest {

  private static String applicationText(String code) {
    return SampleTexts.compact(
        PdfText.openPdf(new ApplicationPdf().render(SampleDocuments.of(code))));
  }

  private static String sheetText(String code, List<String> order) {
    return SampleTexts.compact(
        PdfText.openPdf(new TranscriptionSheet().render(SampleDocuments.of(code), order)));
  }

  @Test
  void currentStatusNoticeShowsRecipientNumberOccupationSpouseAndChildrensRelationship() {
    assertThat(applicationText("CC-10"))
        .contains("受給者番号", "2025000123", "職業", "会社員", "配偶者", "山田花子", "続柄", "長男", "長女")
        .doesNotContain("987654321093");
  }

  @Test
  void transcriptionSheetListsTheSpouseWithAMaskedMyNumber() {
    assertThat(
            sheetText(
                "CC-10",
                List.of("form.recipientNumber", "form.spouse.name", "form.spouse.myNumber")))
        .contains("2025000123", "山田花子", "配偶者の個人番号")
        .doesNotContain("987654321093");
  }

  @Test
  void schoolMealNoticeShowsTheFeeKindAndAmountPerChild() {
    assertThat(
            sheetText(
                "CC-09",
                List.of(
                    "form.children[].name",
                    "form.children[].feeKind",
                    "form.children[].monthlyAmount")))
        .contains("山田一郎", "学校給食費", "4,800");
  }

  @Test
  void transcriptionSheetInDefinitionOrderExpandsTheNewObjectsAndRows() {
    List<String> order =
        SampleDocuments.definition("CAR-01").fields().stream().map(f -> "form." + f.key()).toList();
    assertThat(sheetText("CAR-01", order)).contains("7000012050002", "港一郎", "総務部");
    List<String> cc10 =
        SampleDocuments.definition("CC-10").fields().stream().map(f -> "form." + f.key()).toList();
    assertThat(sheetText("CC-10", cc10))
        .contains("長男", "長女", "山田花子")
        .doesNotContain("987654321093");
  }

  @Test
  void corporateAcquirerShowsCorporateNumberRepresentativeAndContact() {
    assertThat(applicationText("CAR-01"))
        .contains("取得者（納税義務者）", "株式会社港町運輸", "7000012050002", "代表取締役", "港一郎", "総務部");
  }
}
