package jp.madoguchi.forms.sanitise;

import java.util.Objects;

/**
 * 無害化: makes the copy of an attachment that clerks and core systems receive. PDFs lose JavaScript,
 * automatic and launch actions, embedded files and XFA; images are decoded and re-encoded, which
 * drops EXIF (with GPS), XMP, comments and text chunks. The original array is only read; the caller
 * keeps it byte for byte with its SHA-256 (原本性). Stateless; one instance can be shared.
 */
public final class AttachmentSanitiser {

  private final PdfSanitiser pdfs = new PdfSanitiser();
  private final ImageSanitiser images;

  public AttachmentSanitiser() {
    this(ImageCodec.DEFAULT_MAX_PIXELS);
  }

  /** {@code maxPixels}: images declaring more than width × height pixels are refused. */
  public AttachmentSanitiser(long maxPixels) {
    this.images = new ImageSanitiser(new ImageCodec(maxPixels));
  }

  /**
   * The sanitised copy of {@code original}, which must be of the given kind.
   *
   * @throws AttachmentRefusedException when the content is not of {@code kind} ({@code
   *     typeMismatch}) or is refused by the rules of {@link AttachmentInspector}
   */
  public SanitisedFile sanitise(byte[] original, AttachmentKind kind) {
    Objects.requireNonNull(kind, "kind");
    if (FileSignature.kindOf(original) != kind) {
      throw new AttachmentRefusedException(Refusal.TYPE_MISMATCH);
    }
    return kind == AttachmentKind.PDF ? pdfs.sanitise(original) : images.sanitise(original, kind);
  }
}
