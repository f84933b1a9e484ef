package jp.madoguchi.forms.sanitise;

/**
 * Decides whether an attachment may enter the system: PDF, JPEG or PNG by magic bytes (never by
 * name or declared type), a PDF that is neither encrypted nor unparseable, an image whose header is
 * readable and whose declared size is within the pixel limit. Stateless; one instance can be
 * shared.
 */
public final class AttachmentInspector {

  private final ImageCodec images;

  public AttachmentInspector() {
    this(ImageCodec.DEFAULT_MAX_PIXELS);
  }

  /** {@code maxPixels}: images declaring more than width × height pixels are refused. */
  public AttachmentInspector(long maxPixels) {
    this.images = new ImageCodec(maxPixels);
  }

  /**
   * The accepted type of {@code content}.
   *
   * @throws AttachmentRefusedException with the {@link Refusal} naming why it is not accepted
   */
  public AttachmentKind inspect(byte[] content) {
    AttachmentKind kind = FileSignature.kindOf(content);
    if (kind == AttachmentKind.PDF) {
      PdfOpener.open(content).close();
    } else {
      images.checkHeader(content, kind);
    }
    return kind;
  }
}
