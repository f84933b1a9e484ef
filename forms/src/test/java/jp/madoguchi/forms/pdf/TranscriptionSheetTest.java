package jp.madoguchi.forms.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptionSheetTest {

  private final TranscriptionSheet sheet = new TranscriptionSheet();

  private String text(ApplicationDocument document, List<String> order) {
    return PdfText.openPdf(sheet.render(document, order));
  }

  @Test
  void fieldsAppearInTheGivenEntryOrderWithOneLinePerGroupItem() {
    String text =
        text(
            SampleDocuments.of("CC-01"),
            List.of("form.bank.accountNumber", "applicant.name", "form.children[].birthDate"));

    assertThat(text)
        .containsSubsequence(
            "振込先口座の口座番号",
            "1234567",
            "申請者の氏名",
            "児童（1件目）の生年月日",
            "2021-05-10（令和3年5月10日）",
            "児童（2件目）の生年月日",
            "2022-09-03（令和4年9月3日）");
  }

  @Test
  void everyLineHasAnEntryCheckbox() {
    String text =
        text(SampleDocuments.of("CC-01"), List.of("applicant.name", "form.children[].name"));

    assertThat(text.split("□ 入力済", -1)).hasSize(4);
  }

  @Test
  void headerNamesReceiptNumberAndProcedureAndEveryPageHasTheSignOffLine() {
    List<String> pages =
        PdfText.openPdfPages(sheet.render(SampleDocuments.of("CC-01"), List.of("applicant.name")));

    assertThat(pages.get(0)).contains("T-CC-01-0001").contains("CC-01（第1版）");
    assertThat(SampleTexts.compact(pages.get(0)))
        .contains(SampleTexts.compact(SampleDocuments.definition("CC-01").name()));
    assertThat(pages).allSatisfy(page -> assertThat(page).contains("入力者").contains("確認者"));
  }

  @Test
  void myNumberIsMaskedOnTheSheetToo() {
    String text =
        text(
            SampleDocuments.withUnmaskedMyNumber("CC-01"),
            List.of("applicant.myNumber", "form.spouse.myNumber"));

    assertThat(text)
        .doesNotContain("123456789018")
        .doesNotContain("987654321093")
        .contains("********9018")
        .contains("********1093");
  }

  @Test
  void aNestedObjectKeyExpandsToItsFields() {
    String text = text(SampleDocuments.of("CC-01"), List.of("form.spouse"));

    assertThat(text).containsSubsequence("配偶者の氏名", "配偶者の氏名カナ", "配偶者の生年月日");
  }

  @Test
  void aGroupWithoutItemsGivesOneAbsentLine() {
    String text = text(SampleDocuments.of("CC-01"), List.of("form.collegeAgeChildren[].name"));

    assertThat(text).containsPattern("大学生年代の子の氏名\\s*—");
  }

  @Test
  void aKeyTheDefinitionLacksIsListedAsAbsent() {
    String text = text(SampleDocuments.of("CC-01"), List.of("form.noSuchField"));

    assertThat(text).contains("form.noSuchField").contains("この版の手続定義にない項目");
  }
}
