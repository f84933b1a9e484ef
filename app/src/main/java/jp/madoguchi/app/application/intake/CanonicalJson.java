package jp.madoguchi.app.application.intake;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * The digest of a JSON document that ignores key order and white space, so that an identical replay
 * of a submission is recognised whatever serialiser the portal used.
 *
 * <p>The canonical text is the document without white space, the keys of every object in natural
 * (UTF-16) order, each value written as Jackson writes it. It is streamed from the parsed tree into
 * the digest in one walk: no copy of the document is built (neither as maps nor as text).
 */
public final class CanonicalJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CanonicalJson() {}

  public static String sha256(JsonNode document) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha256);
          JsonGenerator generator = JSON.getFactory().createGenerator(out)) {
        write(document, generator);
      }
      return HexFormat.of().formatHex(sha256.digest());
    } catch (IOException e) {
      throw new IllegalStateException("a parsed JSON tree is always serialisable", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  private static void write(JsonNode node, JsonGenerator generator) throws IOException {
    if (node.isObject()) {
      List<String> keys = new ArrayList<>(node.size());
      node.fieldNames().forEachRemaining(keys::add);
      Collections.sort(keys);
      generator.writeStartObject();
      for (String key : keys) {
        generator.writeFieldName(key);
        write(node.get(key), generator);
      }
      generator.writeEndObject();
    } else if (node.isArray()) {
      generator.writeStartArray();
      for (JsonNode element : node) {
        write(element, generator);
      }
      generator.writeEndArray();
    } else if (node.isTextual()) {
      generator.writeString(node.textValue());
    } else if (node.isNull()) {
      generator.writeNull();
    } else if (node.isBoolean()) {
      generator.writeBoolean(node.booleanValue());
    } else if (node.isNumber()) {
      // a number writes itself as the generator's writeNumber of its own type
      node.serialize(generator, null);
    } else {
      generator.writeTree(node);
    }
  }
}
