package jp.madoguchi.app.demo;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Small but well-formed files that stand in for the residents' scans in demo data. */
final class DemoFiles {

  /** A one-page A4 PDF with no content stream. */
  private static final String PDF =
      "%PDF-1.4\n"
          + "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
          + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
          + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
          + "trailer<</Root 1 0 R>>\n"
          + "%%EOF\n";

  private DemoFiles() {}

  static byte[] forMediaType(String mediaType) {
    return switch (mediaType) {
      case "image/png" -> image("png");
      case "image/jpeg" -> image("jpg");
      default -> PDF.getBytes(StandardCharsets.US_ASCII);
    };
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
