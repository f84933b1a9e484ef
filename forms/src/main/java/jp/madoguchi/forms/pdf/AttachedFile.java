package jp.madoguchi.forms.pdf;

import java.util.Objects;

/** One stored attachment as listed on the 申請書: file name, media type, size in bytes, SHA-256. */
public record AttachedFile(String name, String mediaType, long size, String sha256) {

  public AttachedFile {
    Objects.requireNonNull(name, "name");
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative");
    }
  }
}
