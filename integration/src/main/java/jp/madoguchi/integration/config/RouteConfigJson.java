package jp.madoguchi.integration.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the admin API's route JSON into a {@link LinkageRouteConfig}, turning what Jackson or a
 * constructor refuses (an unknown encoding, a missing pattern) into {@link ConfigViolation}s with
 * the JSON path of the field, so the API can answer 422 with every problem named.
 */
public final class RouteConfigJson {

  private final ObjectMapper mapper;

  public RouteConfigJson(ObjectMapper mapper) {
    this.mapper = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** The configuration, or the reason it could not be read (exactly one is present). */
  public record Reading(Optional<LinkageRouteConfig> config, List<ConfigViolation> violations) {}

  public Reading read(JsonNode json) {
    try {
      return new Reading(
          Optional.of(mapper.treeToValue(json, LinkageRouteConfig.class)), List.of());
    } catch (JsonMappingException e) {
      return new Reading(Optional.empty(), List.of(violation(e)));
    } catch (JsonProcessingException e) {
      return new Reading(
          Optional.empty(), List.of(new ConfigViolation("", "malformed", "JSONとして読み取れません")));
    }
  }

  private static ConfigViolation violation(JsonMappingException e) {
    String path = path(e);
    if (e.getCause() instanceof InvalidRouteConfigException invalid) {
      ConfigViolation inner = invalid.violation();
      String field = path.isEmpty() ? inner.field() : path + "." + inner.field();
      return new ConfigViolation(field, inner.code(), inner.message());
    }
    if (e instanceof InvalidFormatException && path.endsWith("encoding")) {
      return new ConfigViolation(path, "unknownEncoding", "文字コードは CP932 または UTF-8 を指定してください");
    }
    return new ConfigViolation(path, "invalidValue", "値が不正です");
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }
}
