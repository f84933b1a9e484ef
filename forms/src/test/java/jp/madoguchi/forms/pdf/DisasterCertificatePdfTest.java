package jp.madoguchi.forms.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import jp.madoguchi.forms.japanese.DamageGrade;
import org.junit.jupiter.api.Test;

class DisasterCertificatePdfTest {

  private static final DisasterCertificate CERTIFICATE =
      new DisasterCertificate(
          "R-2026-0001",
          "42",
          LocalDate.of(2026, 12, 3),
          "渡辺　浩二",
          "長野県長野市大字長野1-1",
          "令和7年9月豪雨",
          LocalDate.of(2025, 9, 1),
          "長野県長野市大字長野1-1",
          DamageGrade.DAIKIBO_HANKAI,
          new BigDecimal("42.5"),
          "長野市長　窓口　一郎");

  @Test
  void theCertificateStatesTheGradeWithItsBandAndTheIssueDateInWareki() {
    // text extraction puts an ASCII space between words; the certificate itself has none
    String text =
        PdfText.openPdf(new DisasterCertificatePdf().render(CERTIFICATE)).replace(" ", "");

    assertThat(text).contains("罹災証明書", "第42号", "令和8年12月3日");
    assertThat(text).contains("■大規模半壊", "40%以上50%未満（42.5%）", "□全壊", "□準半壊");
    assertThat(text).contains("令和7年9月豪雨", "令和7年9月1日", "渡辺　浩二", "長野市長　窓口　一郎");
  }

  @Test
  void theIpaexFontIsEmbedded() {
    byte[] pdf = new DisasterCertificatePdf().render(CERTIFICATE);
    if (PdfText.hasPoppler("pdffonts")) {
      assertThat(PdfText.pdffonts(pdf)).contains("IPAexGothic");
    }
    if (PdfText.hasPoppler("pdftotext")) {
      assertThat(PdfText.pdftotext(pdf)).contains("大規模半壊").contains("令和8年12月3日");
    }
  }
}
