package jp.madoguchi.forms.sanitise;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Turns decoded pixels the way the EXIF orientation tag says, before the tag is dropped with the
 * rest of EXIF; otherwise a phone photo of a document would reach the clerk lying on its side.
 */
final class ExifOrientation {

  private ExifOrientation() {}

  static BufferedImage apply(BufferedImage image, int orientation) {
    if (orientation <= 1 || orientation > 8) {
      return image;
    }
    int w = image.getWidth();
    int h = image.getHeight();
    boolean swaps = orientation >= 5;
    BufferedImage turned =
        new BufferedImage(swaps ? h : w, swaps ? w : h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = turned.createGraphics();
    try {
      g.drawImage(image, transform(orientation, w, h), null);
    } finally {
      g.dispose();
    }
    return turned;
  }

  /** Maps source pixel (x, y) to its place in the turned image; see EXIF 2.3 tag 0x0112. */
  private static AffineTransform transform(int orientation, int w, int h) {
    return switch (orientation) {
      case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
      case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
      case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
      case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
      case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
      case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
      default -> new AffineTransform(0, -1, 1, 0, 0, w);
    };
  }
}
