package jp.madoguchi.app.domain.application;

import java.util.Arrays;
import java.util.Optional;

/** The file types Madoguchi accepts, recognised by their magic bytes, never by name. */
public enum AttachmentType {
  PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

  private final String mediaType;
  private final byte[] magic;

  AttachmentType(String mediaType, byte[] magic) {
    this.mediaType = mediaType;
    this.magic = magic;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The allowed type a declared media type names, if it names one (parameters ignored). */
  public static Optional<AttachmentType> forMediaType(String declared) {
    if (declared == null) {
      return Optional.empty();
    }
    String bare = declared.split(";", 2)[0].trim();
    return Arrays.stream(values())
        .filter(type -> type.mediaType.equalsIgnoreCase(bare))
        .findFirst();
  }

  /** The type whose magic bytes start {@code content}, if any. */
  public static Optional<AttachmentType> sniff(byte[] content) {
    return Arrays.stream(values()).filter(type -> type.matches(content)).findFirst();
  }

  private boolean matches(byte[] content) {
    return content.length >= magic.length
        && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }
}
