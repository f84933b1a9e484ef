package jp.madoguchi.app.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jp.madoguchi.app.domain.application.AttachmentUpload;

/**
 * The digest of a JSON document that ignores key order and white space, so that an identical replay
 * of a submission is recognised whatever serialiser the portal used.
 */
final class CanonicalJson {

  private static final ObjectMapper SORTED =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private CanonicalJson() {}

  static String sha256(JsonNode document) {
    try {
      Object plain = SORTED.treeToValue(document, Object.class);
      return AttachmentUpload.sha256Hex(SORTED.writeValueAsBytes(plain));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed JSON tree is always serialisable", e);
    }
  }
}
