package jp.madoguchi.app.interfaces.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;

/** Reads request bodies as JSON trees, turning every way a body can be wrong into a problem. */
final class JsonBodies {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  static {
    JSON.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxStringLength(64 * 1024 * 1024)
                .maxNestingDepth(64)
                .build());
  }

  private JsonBodies() {}

  static JsonNode read(InputStream body) {
    try {
      JsonNode tree = JSON.readTree(body);
      if (tree == null || tree.isMissingNode()) {
        throw new ApplicationProblem(ProblemType.MALFORMED_REQUEST, "リクエスト本文が空です");
      }
      return tree;
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
}
