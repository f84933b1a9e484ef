package jp.madoguchi.forms.sanitise;

/** The attachment types Madoguchi accepts. */
public enum AttachmentKind {
  PDF("application/pdf", "PDF"),
  JPEG("image/jpeg", "JPEG"),
  PNG("image/png", "PNG");

  private final String mediaType;
  private final String label;

  AttachmentKind(String mediaType, String label) {
    this.mediaType = mediaType;
    this.label = label;
  }

  public String mediaType() {
    return mediaType;
  }

  /** How the type is named in messages to residents and clerks. */
  public String label() {
    return label;
  }
}
