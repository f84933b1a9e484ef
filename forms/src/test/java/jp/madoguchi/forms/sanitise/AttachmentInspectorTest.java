package jp.madoguchi.forms.sanitise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class AttachmentInspectorTest {

  private final AttachmentInspector inspector = new AttachmentInspector();

  private static void assertRefused(ThrowingCallable call, Refusal refusal) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            AttachmentRefusedException.class, e -> assertThat(e.refusal()).isEqualTo(refusal));
  }

  private static byte[] bytes(int... values) {
    byte[] result = new byte[values.length + 64];
    for (int i = 0; i < values.length; i++) {
      result[i] = (byte) values[i];
    }
    return result;
  }

  @Test
  void pdfJpegAndPngAreAcceptedByTheirContent() {
    assertThat(inspector.inspect(TestPdfs.clean())).isEqualTo(AttachmentKind.PDF);
    assertThat(inspector.inspect(TestImages.jpeg(40, 30))).isEqualTo(AttachmentKind.JPEG);
    assertThat(inspector.inspect(TestImages.png(40, 30))).isEqualTo(AttachmentKind.PNG);
  }

  @Test
  void oleOfficeFilesIncludingMacroWorkbooksAreRefusedAsOffice() {
    byte[] xls = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);

    assertRefused(() -> inspector.inspect(xls), Refusal.OFFICE);
  }

  @Test
  void zipBasedOfficeFilesAndZipArchivesAreRefusedAsOfficeOrArchive() {
    byte[] docm = bytes('P', 'K', 3, 4, 20, 0, 6, 0);

    assertRefused(() -> inspector.inspect(docm), Refusal.OFFICE_OR_ARCHIVE);
  }

  @Test
  void otherArchivesAreRefusedAsArchive() {
    assertRefused(() -> inspector.inspect(bytes('R', 'a', 'r', '!', 0x1A, 7, 0)), Refusal.ARCHIVE);
    assertRefused(
        () -> inspector.inspect(bytes('7', 'z', 0xBC, 0xAF, 0x27, 0x1C)), Refusal.ARCHIVE);
    assertRefused(() -> inspector.inspect(bytes(0x1F, 0x8B, 8)), Refusal.ARCHIVE);
  }

  @Test
  void tarArchivesAreRecognisedByTheUstarMagicAtOffset257() {
    byte[] tar = new byte[1024];
    tar[0] = 'a';
    System.arraycopy("ustar".getBytes(StandardCharsets.US_ASCII), 0, tar, 257, 5);

    assertRefused(() -> inspector.inspect(tar), Refusal.ARCHIVE);
  }

  @Test
  void windowsLinuxAndMacExecutablesAndScriptsAreRefusedAsExecutable() {
    assertRefused(() -> inspector.inspect(bytes('M', 'Z', 0x90, 0)), Refusal.EXECUTABLE);
    assertRefused(() -> inspector.inspect(bytes(0x7F, 'E', 'L', 'F', 2, 1)), Refusal.EXECUTABLE);
    assertRefused(() -> inspector.inspect(bytes(0xCF, 0xFA, 0xED, 0xFE)), Refusal.EXECUTABLE);
    assertRefused(
        () -> inspector.inspect("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII)),
        Refusal.EXECUTABLE);
  }

  @Test
  void unknownContentIsRefusedEvenWhenItIsHarmlessText() {
    assertRefused(
        () -> inspector.inspect("申請書です".getBytes(StandardCharsets.UTF_8)),
        Refusal.UNSUPPORTED_TYPE);
  }

  @Test
  void emptyAndMissingContentAreRefusedAsEmpty() {
    assertRefused(() -> inspector.inspect(new byte[0]), Refusal.EMPTY);
    assertRefused(() -> inspector.inspect(null), Refusal.EMPTY);
  }

  @Test
  void pdfWithAnEncryptionDictionaryIsRefusedAsEncrypted() {
    assertRefused(() -> inspector.inspect(HandWrittenPdf.encrypted()), Refusal.ENCRYPTED_PDF);
  }

  @Test
  void encryptionIsRecognisedFromTheTrailerBeforeParsing() {
    assertThat(PdfOpener.hasEncryptEntry(HandWrittenPdf.encrypted())).isTrue();
    assertThat(PdfOpener.hasEncryptEntry(TestPdfs.clean())).isFalse();
  }

  @Test
  void namesThatOnlyStartWithEncryptDoNotCountAsEncryption() {
    byte[] pdf =
        "%PDF-1.7 << /EncryptMetadata false /EncryptedPayload 1 >>"
            .getBytes(StandardCharsets.US_ASCII);

    assertThat(PdfOpener.hasEncryptEntry(pdf)).isFalse();
  }

  @Test
  void handWrittenPdfWithoutEncryptionIsAccepted() {
    assertThat(inspector.inspect(HandWrittenPdf.onePage().write(""))).isEqualTo(AttachmentKind.PDF);
  }

  @Test
  void encryptedPdfRefusalCarriesTheJapaneseMessage() {
    assertThat(Refusal.ENCRYPTED_PDF.code()).isEqualTo("encryptedPdf");
    assertThat(Refusal.ENCRYPTED_PDF.message()).isEqualTo("パスワード付き（暗号化された）PDFは受け付けられません");
  }

  @Test
  void pdfHeaderFollowedByGarbageIsRefusedAsUnreadable() {
    byte[] broken = "%PDF-1.7\nthis is not a PDF body".getBytes(StandardCharsets.US_ASCII);

    assertRefused(() -> inspector.inspect(broken), Refusal.UNREADABLE);
  }

  @Test
  void truncatedImagesAreRefusedAsUnreadable() {
    assertRefused(() -> inspector.inspect(bytes(0xFF, 0xD8, 0xFF, 0xE0)), Refusal.UNREADABLE);
    assertRefused(
        () -> inspector.inspect(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)),
        Refusal.UNREADABLE);
  }

  @Test
  void imageDeclaringTenGigapixelsIsRefusedFromItsHeaderAlone() {
    byte[] bomb = TestImages.pngHeaderOnly(100_000, 100_000);

    assertRefused(() -> inspector.inspect(bomb), Refusal.IMAGE_TOO_LARGE);
  }

  @Test
  void jpegWhoseFrameHeaderClaims60000SquaredIsRefusedAsTooLarge() {
    byte[] jpeg = TestImages.jpeg(16, 16);
    int sof = 2;
    while (!((jpeg[sof] & 0xFF) == 0xFF && (jpeg[sof + 1] & 0xFF) == 0xC0)) {
      sof++;
    }
    byte[] sixtyThousandSquared = {(byte) 0xEA, 0x60, (byte) 0xEA, 0x60};
    System.arraycopy(sixtyThousandSquared, 0, jpeg, sof + 5, 4);

    assertRefused(() -> inspector.inspect(jpeg), Refusal.IMAGE_TOO_LARGE);
  }

  @Test
  void thePixelLimitIsConfigurable() {
    AttachmentInspector strict = new AttachmentInspector(100);

    assertRefused(() -> strict.inspect(TestImages.png(20, 10)), Refusal.IMAGE_TOO_LARGE);
  }
}
