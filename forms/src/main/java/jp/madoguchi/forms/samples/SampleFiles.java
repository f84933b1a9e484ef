package jp.madoguchi.forms.samples;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Small but well-formed files that stand in for the residents' scans in demo data, test data and
 * the portal simulator's packages: their magic bytes match the declared media type.
 */
public final class SampleFiles {

  private SampleFiles() {}

  public static byte[] forMediaType(String mediaType) {
    return switch (mediaType) {
      case "image/png" -> image("png");
      case "image/jpeg" -> image("jpg");
      case "application/pdf" -> pdf();
        // an Office file is a ZIP: its local-file-header signature is what inspection looks at
      default -> new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0};
    };
  }

  private static byte[] pdf() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4);
    PdfWriter.getInstance(document, out);
    document.open();
    document.add(new Paragraph("Madoguchi demo attachment"));
    document.close();
    return out.toByteArray();
  }

  private static byte[] image(String format) {
    BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
    var graphics = image.createGraphics();
    graphics.setColor(new Color(0xDD, 0xE6, 0xF0));
    graphics.fillRect(0, 0, 32, 24);
    graphics.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, format, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
