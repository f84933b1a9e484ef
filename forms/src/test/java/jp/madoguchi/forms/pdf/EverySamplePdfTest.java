package jp.madoguchi.forms.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.function.Function;
import java.util.stream.Stream;
import jp.madoguchi.forms.samples.SampleApplications;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every procedure's valid sample renders and reads back, by OpenPDF and by poppler. */
class EverySamplePdfTest {

  private static final String WAREKI_DATE = "(令和|平成|昭和|大正|明治)(元|\\d{1,2})年\\d{1,2}月\\d{1,2}日";
  private final ApplicationPdf pdf = new ApplicationPdf();

  @TestFactory
  Stream<DynamicTest> openPdfReadsNameKanaProcedureReceiptAndWarekiButNoMyNumber() {
    return SampleApplications.codes().stream()
        .map(code -> DynamicTest.dynamicTest(code, () -> checkText(code, PdfText::openPdf)));
  }

  @TestFactory
  Stream<DynamicTest> pdftotextReadsNameKanaProcedureReceiptAndWarekiButNoMyNumber() {
    return SampleApplications.codes().stream()
        .map(
            code ->
                DynamicTest.dynamicTest(
                    code,
                    () -> {
                      assumeTrue(PdfText.hasPoppler("pdftotext"), "pdftotext not installed");
                      checkText(code, PdfText::pdftotext);
                    }));
  }

  @TestFactory
  Stream<DynamicTest> pdffontsShowsOnlyEmbeddedIpaexGothic() {
    return SampleApplications.codes().stream()
        .map(
            code ->
                DynamicTest.dynamicTest(
                    code,
                    () -> {
                      assumeTrue(PdfText.hasPoppler("pdffonts"), "pdffonts not installed");
                      String fonts = PdfText.pdffonts(pdf.render(SampleDocuments.of(code)));
                      assertThat(fonts.lines().skip(2))
                          .isNotEmpty()
                          .allSatisfy(
                              line ->
                                  assertThat(line)
                                      .containsPattern(
                                          "\\+IPAexGothic\\s+CID TrueType\\s+Identity-H\\s+yes"));
                    }));
  }

  private void checkText(String code, Function<byte[], String> extractor) {
    String text = extractor.apply(pdf.render(SampleDocuments.of(code)));
    String compact = SampleTexts.compact(text);
    assertThat(compact)
        .contains(SampleTexts.applicantName(code))
        .contains(SampleTexts.applicantKana(code))
        .contains(SampleTexts.compact(SampleDocuments.definition(code).name()))
        .contains(SampleDocuments.receiptNumber(code))
        .containsPattern(WAREKI_DATE);
    SampleTexts.myNumbers(code).forEach(number -> assertThat(compact).doesNotContain(number));
  }
}
