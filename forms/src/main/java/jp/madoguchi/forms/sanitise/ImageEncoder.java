package jp.madoguchi.forms.sanitise;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes decoded pixels as a new file with no metadata of the original: JPEG at quality 0.92 (sRGB
 * or grey), PNG lossless. In memory only.
 */
final class ImageEncoder {

  static final float JPEG_QUALITY = 0.92f;

  private ImageEncoder() {}

  static byte[] encode(BufferedImage image, AttachmentKind kind) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByMIMEType(kind.mediaType()).next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(output);
      if (kind == AttachmentKind.JPEG) {
        writer.write(null, new IIOImage(opaque(image), null, null), jpegParam(writer));
      } else {
        writer.write(null, new IIOImage(writable(writer, image), null, null), null);
      }
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  private static ImageWriteParam jpegParam(ImageWriter writer) {
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(JPEG_QUALITY);
    return param;
  }

  /** JPEG holds no alpha and the JDK writer wants plain RGB or grey rasters. */
  private static BufferedImage opaque(BufferedImage image) {
    int type = image.getType();
    if (type == BufferedImage.TYPE_3BYTE_BGR
        || type == BufferedImage.TYPE_INT_RGB
        || type == BufferedImage.TYPE_BYTE_GRAY) {
      return image;
    }
    return redraw(image, BufferedImage.TYPE_INT_RGB);
  }

  private static BufferedImage writable(ImageWriter writer, BufferedImage image) {
    return writer.getOriginatingProvider().canEncodeImage(image)
        ? image
        : redraw(image, BufferedImage.TYPE_INT_ARGB);
  }

  private static BufferedImage redraw(BufferedImage image, int type) {
    BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
    Graphics2D g = copy.createGraphics();
    try {
      if (type == BufferedImage.TYPE_INT_RGB) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
      }
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return copy;
  }
}
