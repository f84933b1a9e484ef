package jp.madoguchi.integration.record;

/** An attachment as core systems see it: name, media type and the SHA-256 of the original. */
public record AttachmentDigest(String name, String mediaType, String sha256) {

  public AttachmentDigest {
    if (name == null || name.isBlank() || mediaType == null || mediaType.isBlank()) {
      throw new IllegalArgumentException("attachment name and media type are required");
    }
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
    }
  }
}
