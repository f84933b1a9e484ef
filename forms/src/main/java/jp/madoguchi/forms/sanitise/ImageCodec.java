package jp.madoguchi.forms.sanitise;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads JPEG and PNG with the JDK's ImageIO, in memory only (no cache files with attachment
 * content). The pixel count is checked from the header before any pixel is decoded, so a small file
 * declaring a huge image (a decompression bomb) is refused cheaply.
 */
final class ImageCodec {

  /** 50 megapixels: far beyond any scan or phone photo, small enough to decode safely. */
  static final long DEFAULT_MAX_PIXELS = 50_000_000L;

  private final long maxPixels;

  ImageCodec(long maxPixels) {
    this.maxPixels = maxPixels;
  }

  /** Checks that the image header is readable and its declared size within the limit. */
  void checkHeader(byte[] image, AttachmentKind kind) {
    withReader(
        image,
        kind,
        reader -> {
          checkSize(reader);
          return null;
        });
  }

  BufferedImage decode(byte[] image, AttachmentKind kind) {
    return withReader(
        image,
        kind,
        reader -> {
          checkSize(reader);
          return reader.read(0);
        });
  }

  private void checkSize(ImageReader reader) throws IOException {
    long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
    if (pixels <= 0) {
      throw new AttachmentRefusedException(Refusal.UNREADABLE);
    }
    if (pixels > maxPixels) {
      throw new AttachmentRefusedException(Refusal.IMAGE_TOO_LARGE);
    }
  }

  private interface ReaderStep<T> {
    T apply(ImageReader reader) throws IOException;
  }

  private static <T> T withReader(byte[] image, AttachmentKind kind, ReaderStep<T> step) {
    ImageReader reader = readerFor(kind);
    try (ImageInputStream input =
        new MemoryCacheImageInputStream(new ByteArrayInputStream(image))) {
      reader.setInput(input, true, true);
      return step.apply(reader);
    } catch (AttachmentRefusedException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new AttachmentRefusedException(Refusal.UNREADABLE, e);
    } finally {
      reader.dispose();
    }
  }

  private static ImageReader readerFor(AttachmentKind kind) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(kind.mediaType());
    if (!readers.hasNext()) {
      throw new IllegalStateException("no ImageIO reader for " + kind.mediaType());
    }
    return readers.next();
  }
}
