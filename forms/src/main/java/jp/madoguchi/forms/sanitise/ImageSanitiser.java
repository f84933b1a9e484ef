package jp.madoguchi.forms.sanitise;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Decodes a JPEG or PNG and encodes the pixels into a new file, so nothing but the picture is
 * carried over; reports what metadata the original held. A JPEG's EXIF orientation is applied to
 * the pixels, since the tag itself does not survive.
 */
final class ImageSanitiser {

  private final ImageCodec codec;

  ImageSanitiser(ImageCodec codec) {
    this.codec = codec;
  }

  SanitisedFile sanitise(byte[] original, AttachmentKind kind) {
    ImageMetadata metadata =
        kind == AttachmentKind.JPEG ? JpegMetadata.scan(original) : PngMetadata.scan(original);
    BufferedImage image =
        ExifOrientation.apply(codec.decode(original, kind), metadata.orientation());
    try {
      byte[] content = ImageEncoder.encode(image, kind);
      return new SanitisedFile(content, kind.mediaType(), metadata.removals().labels());
    } catch (IOException | RuntimeException e) {
      throw new AttachmentRefusedException(Refusal.UNREADABLE, e);
    }
  }
}
