package jp.madoguchi.app.domain.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttachmentTypeTest {

  @Test
  void pdfJpegAndPngAreRecognisedByTheirMagicBytes() {
    assertThat(AttachmentType.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
        .contains(AttachmentType.PDF);
    assertThat(AttachmentType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00}))
        .contains(AttachmentType.JPEG);
    assertThat(
            AttachmentType.sniff(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00}))
        .contains(AttachmentType.PNG);
  }

  @Test
  void officeFilesExecutablesArchivesAndShortFilesAreNotRecognised() {
    assertThat(AttachmentType.sniff(new byte[] {'P', 'K', 3, 4})).isEmpty();
    assertThat(AttachmentType.sniff(new byte[] {'M', 'Z', (byte) 0x90, 0})).isEmpty();
    assertThat(
            AttachmentType.sniff(
                new byte[] {
                  (byte) 0xD0,
                  (byte) 0xCF,
                  0x11,
                  (byte) 0xE0,
                  (byte) 0xA1,
                  (byte) 0xB1,
                  0x1A,
                  (byte) 0xE1
                }))
        .isEmpty();
    assertThat(AttachmentType.sniff("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(AttachmentType.sniff(new byte[0])).isEmpty();
  }
}
