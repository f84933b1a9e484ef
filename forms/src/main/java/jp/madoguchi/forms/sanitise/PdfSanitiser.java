package jp.madoguchi.forms.sanitise;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Rewrites a PDF without its active content. The file is rebuilt from the parsed objects, so
 * earlier incremental revisions, objects no longer referenced (the removed scripts and files) and
 * anything appended after the last %%EOF do not survive.
 */
final class PdfSanitiser {

  SanitisedFile sanitise(byte[] original) {
    PdfReader reader = PdfOpener.open(original);
    try {
      Removals removals = new Removals();
      PdfCatalogCleaner.clean(reader.getCatalog(), removals);
      PdfTreeCleaner.clean(reader.getCatalog(), removals);
      PdfPageCleaner.clean(reader, removals);
      reader.removeUnusedObjects();
      return new SanitisedFile(rewrite(reader), AttachmentKind.PDF.mediaType(), removals.labels());
    } catch (AttachmentRefusedException e) {
      throw e;
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new AttachmentRefusedException(Refusal.UNREADABLE, e);
    } finally {
      reader.close();
    }
  }

  private static byte[] rewrite(PdfReader reader) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    PdfStamper stamper = new PdfStamper(reader, out);
    stamper.close();
    return out.toByteArray();
  }
}
