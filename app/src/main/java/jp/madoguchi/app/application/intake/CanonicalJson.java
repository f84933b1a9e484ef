package jp.madoguchi.app.application.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The digest of a JSON document that ignores key order and white space, so that an identical replay
 * of a submission is recognised whatever serialiser the portal used.
 */
public final class CanonicalJson {

  private static final ObjectMapper SORTED =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private CanonicalJson() {}

  public static String sha256(JsonNode document) {
    try {
      Object plain = SORTED.treeToValue(document, Object.class);
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      // Streamed into the digest: a body with attachments is not serialised into one more array.
      try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
        SORTED.writeValue(out, plain);
      }
      return HexFormat.of().formatHex(sha256.digest());
    } catch (IOException e) {
      throw new IllegalStateException("a parsed JSON tree is always serialisable", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
