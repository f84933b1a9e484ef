package jp.madoguchi.forms.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.madoguchi.forms.validation.AttachmentRef;

/**
 * Example applications per procedure, from {@code samples/<code>/}: {@code valid.json} and the
 * {@code invalid-*.json} files listed in {@code samples/index.json}. Each is {@code {"applicant",
 * "form", "attachments": [{"kind", "name", "mediaType"}]}}; invalid ones also carry {@code
 * "expectedErrors"}, the exact set of failing field paths; {@code warning-*.json} samples are valid
 * and carry {@code "expectedWarnings"}, the exact set of fields warned about. Dates that must move
 * with time (filing windows) are written {@code {{today}}}, {@code {{today+N}}} or {@code
 * {{today-N}}} and resolved when loaded. Used by tests and the demo seed.
 */
public final class SampleApplications {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The zone of "today" in the server's validation: the municipality's day, JST. */
  public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  private SampleApplications() {}

  /** Today in Japan, the day the server's date rules count from, whatever this JVM's zone. */
  public static LocalDate today() {
    return LocalDate.now(JAPAN);
  }

  /** The valid sample of a procedure; IllegalArgumentException if there is none. */
  public static JsonNode valid(String code) {
    return valid(code, today());
  }

  /**
   * A complete push-API body from {@code sample} (any sample, valid or not): the envelope (receipt
   * number, procedure, submission time, 千代田区's municipality code) added, the sample's expectation
   * keys removed, and each attachment given content matching its media type.
   */
  public static ObjectNode submission(
      String code, JsonNode sample, String receiptNumber, String submittedAt) {
    ObjectNode body = sample.deepCopy();
    body.remove(List.of("expectedErrors", "expectedWarnings", "expectedWarningsOutside"));
    body.put("receiptNumber", receiptNumber);
    body.put("procedureCode", code);
    body.put("submittedAt", submittedAt);
    body.put("municipalityCode", "131016");
    if (body.get("attachments") instanceof ArrayNode attachments) {
      for (JsonNode attachment : attachments) {
        byte[] content = SampleFiles.forMediaType(attachment.path("mediaType").asText());
        ((ObjectNode) attachment).put("content", Base64.getEncoder().encodeToString(content));
      }
    } else {
      body.putArray("attachments");
    }
    return body;
  }

  /** The valid sample with relative dates resolved against {@code today}. */
  public static JsonNode valid(String code, LocalDate today) {
    return RelativeDates.resolve(read("samples/" + code + "/valid.json"), today);
  }

  /** The invalid samples of a procedure, in index order; empty if there are none. */
  public static List<JsonNode> invalid(String code) {
    return invalid(code, today());
  }

  /** The invalid samples with relative dates resolved against {@code today}. */
  public static List<JsonNode> invalid(String code, LocalDate today) {
    List<JsonNode> samples = new ArrayList<>();
    for (JsonNode name : read("samples/index.json").path(code)) {
      samples.add(RelativeDates.resolve(read("samples/" + code + "/" + name.asText()), today));
    }
    return samples;
  }

  /**
   * The samples of a procedure that are accepted with warnings ({@code warning-*.json}, listed in
   * {@code samples/warnings.json}), relative dates resolved against {@code today}; empty if none.
   */
  public static List<JsonNode> withWarnings(String code, LocalDate today) {
    List<JsonNode> samples = new ArrayList<>();
    for (JsonNode name : read("samples/warnings.json").path(code)) {
      samples.add(RelativeDates.resolve(read("samples/" + code + "/" + name.asText()), today));
    }
    return samples;
  }

  /**
   * Valid samples of earlier definition versions, by version ({@code samples/previous.json}: code →
   * version → file, e.g. {@code CC-03/previous-v2.json}): applications stored under those versions
   * must keep validating and rendering with them. Empty if the procedure has none.
   */
  public static Map<Integer, JsonNode> previousVersions(String code) {
    Map<Integer, JsonNode> samples = new TreeMap<>();
    read("samples/previous.json")
        .path(code)
        .fields()
        .forEachRemaining(
            e ->
                samples.put(
                    Integer.valueOf(e.getKey()),
                    RelativeDates.resolve(
                        read("samples/" + code + "/" + e.getValue().asText()), today())));
    return samples;
  }

  /** The codes that have samples of earlier definition versions, in index order. */
  public static List<String> codesWithPreviousVersions() {
    List<String> codes = new ArrayList<>();
    read("samples/previous.json").fieldNames().forEachRemaining(codes::add);
    return codes;
  }

  /** The codes that have samples with warnings, in index order. */
  public static List<String> codesWithWarnings() {
    List<String> codes = new ArrayList<>();
    read("samples/warnings.json").fieldNames().forEachRemaining(codes::add);
    return codes;
  }

  /**
   * The field paths a sample expects warnings on when validated on {@code today}: its {@code
   * expectedWarnings}, or none when it has {@code "expectedWarningsOutside": {"from": "MM-dd",
   * "to": "MM-dd"}} and {@code today} lies inside that yearly period (e.g. 現況届 in August).
   */
  public static Set<String> expectedWarnings(JsonNode sample, LocalDate today) {
    JsonNode outside = sample.path("expectedWarningsOutside");
    if (outside.isObject()) {
      MonthDay day = MonthDay.from(today);
      MonthDay from = MonthDay.parse("--" + outside.path("from").asText());
      MonthDay to = MonthDay.parse("--" + outside.path("to").asText());
      if (!day.isBefore(from) && !day.isAfter(to)) {
        return Set.of();
      }
    }
    Set<String> fields = new TreeSet<>();
    sample.path("expectedWarnings").forEach(field -> fields.add(field.asText()));
    return fields;
  }

  /** The codes that have samples, in index order. */
  public static List<String> codes() {
    List<String> codes = new ArrayList<>();
    read("samples/index.json").fieldNames().forEachRemaining(codes::add);
    return codes;
  }

  /** A sample's {@code attachments} as the validator takes them. */
  public static List<AttachmentRef> attachments(JsonNode sample) {
    List<AttachmentRef> refs = new ArrayList<>();
    for (JsonNode a : sample.path("attachments")) {
      refs.add(
          new AttachmentRef(
              a.path("kind").asText(null),
              a.path("name").asText(null),
              a.path("mediaType").asText(null)));
    }
    return refs;
  }

  private static JsonNode read(String resource) {
    try (InputStream in = SampleApplications.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample " + resource);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable sample " + resource, e);
    }
  }
}
