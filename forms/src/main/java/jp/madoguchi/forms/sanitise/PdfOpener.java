package jp.madoguchi.forms.sanitise;

import com.lowagie.text.exceptions.BadPasswordException;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Opens a PDF for inspection or sanitising, refusing encrypted and unparseable files. Encryption is
 * recognised from the file's bytes before OpenPDF parses anything: an encrypted PDF's trailer (or
 * cross-reference stream) carries an /Encrypt entry in the clear, and OpenPDF cannot even set up
 * decryption without Bouncy Castle (an optional dependency Madoguchi does not ship).
 */
final class PdfOpener {

  private static final byte[] ENCRYPT = "/Encrypt".getBytes(StandardCharsets.US_ASCII);

  private PdfOpener() {}

  static PdfReader open(byte[] pdf) {
    if (hasEncryptEntry(pdf)) {
      throw new AttachmentRefusedException(Refusal.ENCRYPTED_PDF);
    }
    PdfReader reader;
    try {
      reader = new PdfReader(pdf);
    } catch (BadPasswordException e) {
      throw new AttachmentRefusedException(Refusal.ENCRYPTED_PDF, e);
    } catch (NoClassDefFoundError e) {
      // OpenPDF reaches for Bouncy Castle only when the trailer names an encryption dictionary
      // (spelt in a way the byte scan missed, e.g. with #xx escapes)
      throw new AttachmentRefusedException(Refusal.ENCRYPTED_PDF, e);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // OpenPDF parses nested arrays and dictionaries recursively; hostile nesting ends here
      throw new AttachmentRefusedException(Refusal.UNREADABLE, e);
    }
    if (reader.isEncrypted()) {
      reader.close();
      throw new AttachmentRefusedException(Refusal.ENCRYPTED_PDF);
    }
    if (reader.getNumberOfPages() < 1) {
      reader.close();
      throw new AttachmentRefusedException(Refusal.UNREADABLE);
    }
    return reader;
  }

  /** The name /Encrypt as a whole token (not /EncryptMetadata, /EncryptedPayload, …). */
  static boolean hasEncryptEntry(byte[] pdf) {
    for (int i = indexOf(pdf, 0); i >= 0; i = indexOf(pdf, i + 1)) {
      int after = i + ENCRYPT.length;
      if (after == pdf.length || endsName(pdf[after])) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsName(byte b) {
    return b == ' '
        || b == '\r'
        || b == '\n'
        || b == '\t'
        || b == '\f'
        || b == 0
        || "/<>[]()%".indexOf(b) >= 0;
  }

  private static int indexOf(byte[] data, int from) {
    outer:
    for (int i = from; i <= data.length - ENCRYPT.length; i++) {
      for (int j = 0; j < ENCRYPT.length; j++) {
        if (data[i + j] != ENCRYPT[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
