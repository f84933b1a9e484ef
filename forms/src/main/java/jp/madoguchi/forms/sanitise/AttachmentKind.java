package jp.madoguchi.forms.sanitise;

/** The attachment types Madoguchi accepts. */
public enum AttachmentKind {
  PDF("application/pdf"),
  JPEG("image/jpeg"),
  PNG("image/png");

  private final String mediaType;

  AttachmentKind(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }
}
