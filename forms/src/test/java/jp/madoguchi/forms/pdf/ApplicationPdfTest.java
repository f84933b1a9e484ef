package jp.madoguchi.forms.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import jp.madoguchi.forms.samples.SampleApplications;
import org.junit.jupiter.api.Test;

class ApplicationPdfTest {

  private final ApplicationPdf pdf = new ApplicationPdf();

  private String text(ApplicationDocument document) {
    return PdfText.openPdf(pdf.render(document));
  }

  @Test
  void fullMyNumberFromTheCallerIsMaskedAnyway() {
    String text = text(SampleDocuments.withUnmaskedMyNumber("CC-01"));

    assertThat(SampleTexts.compact(text)).doesNotContain("123456789018").contains("********9018");
  }

  @Test
  void myNumberFieldsInsideTheFormAreMasked() {
    String text = text(SampleDocuments.withUnmaskedMyNumber("CC-01"));

    assertThat(SampleTexts.compact(text)).doesNotContain("987654321093").contains("********1093");
  }

  @Test
  void clerkEntriesAndWarningsArePrintedUnderClerkNotes() {
    ApplicationDocument plain = SampleDocuments.of("DIS-01");
    ApplicationDocument document =
        new ApplicationDocument(
            plain.definition(),
            plain.receiptNumber(),
            plain.receivedAt(),
            plain.submittedAt(),
            plain.municipalityCode(),
            plain.statusLabel(),
            plain.applicant(),
            plain.form(),
            plain.attachments(),
            List.of("改修費用が支給限度基準額を超えています"),
            java.util.Map.of("被害の程度（職員判定）", "全壊（損害割合 55.0%）"));

    String text = text(document);

    assertThat(text)
        .contains("職員確認事項")
        .containsPattern("被害の程度（職員判定）\\s*全壊（損害割合 55.0%）")
        .containsPattern("確認事項（1）\\s*改修費用が支給限度基準額を超えています");
  }

  @Test
  void withoutClerkEntriesOrWarningsThereIsNoClerkNotesSection() {
    assertThat(text(SampleDocuments.of("DIS-01"))).doesNotContain("職員確認事項");
  }

  @Test
  void receivedAtIsShownInJstAsWarekiAndIso() {
    String text = text(SampleDocuments.of("CC-01"));

    assertThat(text).contains("令和7年10月1日 09:15").contains("2025-10-01T09:15+09:00");
  }

  @Test
  void datesAreFollowedByTheirWareki() {
    assertThat(text(SampleDocuments.of("CC-01"))).contains("2025-04-01（令和7年4月1日）");
  }

  @Test
  void enumValuesShowTheirOptionLabelAndBooleansShowHaiOrIie() {
    String text = text(SampleDocuments.of("CC-01"));

    assertThat(text).containsPattern("預金種目\\s*普通").containsPattern("配偶者の有無\\s*はい");
  }

  @Test
  void yenAmountsHaveThousandsSeparatorsAndEn() {
    assertThat(text(SampleDocuments.of("LTC-09"))).containsPattern("\\d{1,3}(,\\d{3})+円");
  }

  @Test
  void absentFieldsAndEmptyGroupsAreShownAsDash() {
    String text = text(SampleDocuments.of("CC-01"));

    assertThat(text).containsPattern("公金受取口座を利用\\s*—").contains("大学生年代の子（0件）");
  }

  @Test
  void attachmentListShowsNameTypeSizeAndSha256() {
    ApplicationDocument document = SampleDocuments.of("CC-01");
    String text = SampleTexts.compact(text(document));

    assertThat(text)
        .contains("shikaku-kakunin.pdf")
        .contains("application/pdf")
        .contains("123,456バイト")
        .contains(document.attachments().get(0).sha256());
  }

  @Test
  void longTextWrapsInsteadOfBeingCut() {
    ObjectNode sample = SampleApplications.valid("CC-01").deepCopy();
    String address = "東京都千代田区千代田一丁目一番一号".repeat(8);
    ((ObjectNode) sample.path("applicant")).put("address", address);
    String text = text(SampleDocuments.of("CC-01", sample, true));

    assertThat(text).doesNotContain(address);
    assertThat(SampleTexts.compact(text)).contains(address);
  }

  @Test
  void twentyChildrenSpillOntoASecondPageNumberedOnEveryPage() {
    byte[] bytes = pdf.render(SampleDocuments.of("CC-01", withTwentyChildren(), true));
    List<String> pages = PdfText.openPdfPages(bytes);

    assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
    for (int i = 0; i < pages.size(); i++) {
      assertThat(pages.get(i))
          .contains((i + 1) + " / " + pages.size())
          .contains(SampleDocuments.receiptNumber("CC-01"));
    }
    assertThat(pages.get(1)).contains("児童（20件）").contains("氏名カナ");
    assertThat(SampleTexts.compact(String.join("", pages))).contains("山田二十郎");
  }

  private static ObjectNode withTwentyChildren() {
    ObjectNode sample = SampleApplications.valid("CC-01").deepCopy();
    ArrayNode children = ((ObjectNode) sample.path("form")).putArray("children");
    String[] numbers = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    for (int i = 1; i <= 20; i++) {
      String kanji = i <= 10 ? numbers[i - 1] : (i == 20 ? "二十" : "十" + numbers[i - 11]);
      children
          .addObject()
          .put("name", "山田　" + kanji + "郎")
          .put("nameKana", "ヤマダ　タロウ")
          .put("birthDate", String.format("2020-%02d-%02d", (i % 12) + 1, i))
          .put("sex", "男")
          .put("relationship", "子")
          .put("cohabiting", true);
    }
    return sample;
  }
}
