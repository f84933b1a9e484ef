package jp.madoguchi.app.interfaces.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;

/**
 * Reads request bodies strictly, turning every way a body can be wrong into a problem: one JSON
 * object and nothing after it (400), only the top-level keys of the body's shape (422 naming the
 * others, which are skipped while parsing, never built in memory), valid Unicode (400) and numbers
 * a double can hold (422 naming the field). Every JSON endpoint reads its body here.
 */
public final class JsonBodies {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  static {
    JSON.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxStringLength(64 * 1024 * 1024)
                .maxNestingDepth(64)
                .build());
  }

  private JsonBodies() {}

  /**
   * The body as a JSON object whose top-level keys are among the components of {@code shape}.
   *
   * @param shape the record that documents the body (its component names are the allowed keys)
   */
  public static ObjectNode read(InputStream body, Class<? extends Record> shape) {
    Set<String> keys = BodyShape.keysOf(shape);
    try (JsonParser parser = JSON.getFactory().createParser(body)) {
      try {
        Parsed parsed = readObject(parser, keys);
        StrictJson.check(parsed.tree(), parsed.unknownKeys());
        return parsed.tree();
      } catch (StreamConstraintsException e) {
        throw StrictJson.constraint(e, parser);
      }
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      String where = at == null ? "" : "（" + at.getLineNr() + "行目 " + at.getColumnNr() + "文字目付近）";
      throw new ApplicationProblem(ProblemType.MALFORMED_REQUEST, "リクエスト本文をJSONとして読めません" + where);
    } catch (RequestSizeLimit.Busy e) {
      throw new ServiceBusy(RequestSizeLimit.busy().detail());
    } catch (RequestSizeLimit.TooLarge e) {
      e.discardRest();
      throw new ApplicationProblem(ProblemType.PAYLOAD_TOO_LARGE, e.detail());
    } catch (IOException e) {
      throw new ApplicationProblem(ProblemType.MALFORMED_REQUEST, "リクエスト本文を読み取れませんでした");
    }
  }

  /** The known part of the body, and the top-level keys that were skipped. */
  private record Parsed(ObjectNode tree, List<String> unknownKeys) {}

  private static Parsed readObject(JsonParser parser, Set<String> keys) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw new ApplicationProblem(ProblemType.MALFORMED_REQUEST, "リクエスト本文が空です");
    }
    if (first != JsonToken.START_OBJECT) {
      throw new ApplicationProblem(ProblemType.MALFORMED_REQUEST, "本文はJSONオブジェクトで送ってください");
    }
    ObjectNode object = JSON.createObjectNode();
    List<String> unknown = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      if (keys.contains(name)) {
        object.set(name, JSON.readTree(parser));
      } else {
        unknown.add(name);
        parser.skipChildren();
      }
    }
    if (parser.nextToken() != null) {
      throw new ApplicationProblem(
          ProblemType.MALFORMED_REQUEST, "JSONオブジェクトの後に余分な内容があります。本文はJSONオブジェクト1つだけにしてください");
    }
    return new Parsed(object, unknown);
  }
}
