package jp.madoguchi.app.domain.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * An attachment as received (the original, kept byte for byte) with its sanitised copy and the list
 * of what sanitising removed (無害化).
 */
public record AttachmentUpload(
    String kind,
    String fileName,
    AttachmentType type,
    byte[] content,
    byte[] sanitisedContent,
    List<String> removed) {

  public AttachmentUpload {
    removed = List.copyOf(removed);
  }

  public String sha256() {
    return sha256Hex(content);
  }

  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  public static String sha256Hex(String text) {
    return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
  }
}
