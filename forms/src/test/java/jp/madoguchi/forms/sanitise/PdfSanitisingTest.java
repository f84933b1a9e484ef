package jp.madoguchi.forms.sanitise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PdfSanitisingTest {

  private final AttachmentSanitiser sanitiser = new AttachmentSanitiser();

  private SanitisedFile sanitise(byte[] pdf) {
    return sanitiser.sanitise(pdf, AttachmentKind.PDF);
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  @Test
  void theTestFileReallyCarriesTheActiveContent() {
    PdfStructure hostile = PdfStructure.of(TestPdfs.hostile());

    assertThat(hostile.catalog().contains(PdfName.OPENACTION)).isTrue();
    assertThat(hostile.namesContain(PdfName.JAVASCRIPT)).isTrue();
    assertThat(hostile.namesContain(PdfName.EMBEDDEDFILES)).isTrue();
    assertThat(hostile.annotationActions()).containsExactly("/Launch");
  }

  @Test
  void openActionScriptEmbeddedFileAndLaunchLinkAreGoneFromTheCopy() {
    PdfStructure clean = PdfStructure.of(sanitise(TestPdfs.hostile()).content());

    assertThat(clean.catalog().contains(PdfName.OPENACTION)).isFalse();
    assertThat(clean.namesContain(PdfName.JAVASCRIPT)).isFalse();
    assertThat(clean.namesContain(PdfName.EMBEDDEDFILES)).isFalse();
    assertThat(clean.annotationActions()).containsExactly("none");
  }

  @Test
  void removedNamesEachKindOfActiveContentInJapanese() {
    assertThat(sanitise(TestPdfs.hostile()).removed())
        .containsExactly("JavaScript", "OpenAction（開いたときの自動動作）", "外部プログラムの起動（Launch）", "埋め込みファイル");
  }

  @Test
  void removedScriptsDoNotSurviveAsUnreferencedObjects() {
    byte[] copy = sanitise(TestPdfs.hostile()).content();

    String raw = new String(copy, StandardCharsets.ISO_8859_1);
    assertThat(raw)
        .doesNotContain("opened-by-madoguchi-test")
        .doesNotContain("documentLevelScript");
  }

  @Test
  void theCopyIsAPdfWithTheSamePagesAndText() {
    SanitisedFile copy = sanitise(TestPdfs.hostile());
    PdfStructure clean = PdfStructure.of(copy.content());

    assertThat(copy.mediaType()).isEqualTo("application/pdf");
    assertThat(clean.pages()).isEqualTo(1);
    assertThat(clean.text()).contains(TestPdfs.VISIBLE_TEXT);
  }

  @Test
  void theOriginalBytesAndTheirSha256AreUntouched() throws Exception {
    byte[] original = TestPdfs.hostile();
    byte[] kept = original.clone();
    String digest = sha256(original);

    sanitise(original);

    assertThat(original).isEqualTo(kept);
    assertThat(sha256(original)).isEqualTo(digest);
  }

  @Test
  void pageOpenScriptAndFormSubmittingLinkAreRemoved() {
    SanitisedFile copy = sanitise(TestPdfs.withPageActionAndSubmitLink());
    PdfStructure clean = PdfStructure.of(copy.content());

    assertThat(clean.page(1).contains(PdfName.AA)).isFalse();
    assertThat(clean.annotationActions()).containsExactly("none");
    assertThat(copy.removed())
        .containsExactly("JavaScript", "自動実行アクション（AA）", "フォーム内容の外部送信（SubmitForm）");
  }

  @Test
  void xfaIsRemovedFromTheAcroForm() {
    SanitisedFile copy = sanitise(TestPdfs.withXfa());

    PdfDictionary acroForm = PdfStructure.of(copy.content()).catalog().getAsDict(PdfName.ACROFORM);
    assertThat(acroForm.contains(PdfName.XFA)).isFalse();
    assertThat(copy.removed()).containsExactly("XFAフォーム");
  }

  @Test
  void cleanPdfReportsNothingRemoved() {
    assertThat(sanitise(TestPdfs.clean()).removed()).isEmpty();
  }

  @Test
  void encryptedPdfIsRefusedRatherThanSanitised() {
    assertThatThrownBy(() -> sanitise(HandWrittenPdf.encrypted()))
        .isInstanceOfSatisfying(
            AttachmentRefusedException.class,
            e -> assertThat(e.refusal().code()).isEqualTo("encryptedPdf"));
  }

  @Test
  void contentThatIsNotOfTheGivenKindIsRefusedAsTypeMismatch() {
    assertThatThrownBy(() -> sanitiser.sanitise(TestPdfs.clean(), AttachmentKind.PNG))
        .isInstanceOfSatisfying(
            AttachmentRefusedException.class,
            e -> assertThat(e.refusal()).isEqualTo(Refusal.TYPE_MISMATCH));
  }

  @Test
  void dataAppendedAfterTheLastEofIsNotCopied() {
    byte[] pdf = TestPdfs.clean();
    byte[] appended = Arrays.copyOf(pdf, pdf.length + 9);
    System.arraycopy(
        "PK\3\4evil".getBytes(StandardCharsets.ISO_8859_1), 0, appended, pdf.length, 8);

    byte[] copy = sanitise(appended).content();

    assertThat(new String(copy, StandardCharsets.ISO_8859_1)).doesNotContain("PK\3\4evil");
  }

  @Test
  void fieldScriptsFileAttachmentAnnotationsChainedScriptsAndLaunchingBookmarksAreRemoved() {
    SanitisedFile copy = sanitise(HandWrittenPdf.withFieldScriptAttachmentChainAndBookmark());

    String raw = new String(copy.content(), StandardCharsets.ISO_8859_1);
    assertThat(raw)
        .doesNotContain("field-keystroke-script")
        .doesNotContain("chained-script")
        .doesNotContain("invoice.exe")
        .doesNotContain("cmd.exe")
        .doesNotContain("xmpmeta");
    assertThat(PdfStructure.of(copy.content()).annotationActions()).containsExactly("none", "none");
    assertThat(copy.removed())
        .containsExactly(
            "JavaScript", "自動実行アクション（AA）", "外部プログラムの起動（Launch）", "埋め込みファイル", "XMPメタデータ");
  }

  @Test
  void harmlessLinksWithinTheDocumentAreKept() {
    byte[] pdf =
        TestPdfs.write(
            writer ->
                writer.addAnnotation(
                    new com.lowagie.text.pdf.PdfAnnotation(
                        writer,
                        50,
                        50,
                        200,
                        80,
                        com.lowagie.text.pdf.PdfAction.gotoLocalPage("top", false))));

    SanitisedFile copy = sanitise(pdf);

    assertThat(PdfStructure.of(copy.content()).annotationActions()).containsExactly("/GoTo");
    assertThat(copy.removed()).isEmpty();
  }

  @Test
  void pdfNestedDeepEnoughToExhaustTheParserIsRefusedAsUnreadable() {
    assertThatThrownBy(() -> sanitise(HandWrittenPdf.deeplyNested()))
        .isInstanceOfSatisfying(
            AttachmentRefusedException.class,
            e -> assertThat(e.refusal()).isEqualTo(Refusal.UNREADABLE));
  }
}
