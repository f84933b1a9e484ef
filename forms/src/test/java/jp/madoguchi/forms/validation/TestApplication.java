package jp.madoguchi.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import jp.madoguchi.forms.catalog.ProcedureCatalog;
import jp.madoguchi.forms.samples.SampleApplications;

/**
 * Test data builder: starts from a procedure's valid sample and changes single values by path
 * ({@code form.children[0].birthDate}).
 */
final class TestApplication {

  static final ProcedureCatalog CATALOG = ProcedureCatalog.loadDefault();
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private final String code;
  private final ObjectNode root;
  private List<AttachmentRef> attachments;
  static final LocalDate DEFAULT_TODAY = LocalDate.of(2026, 6, 1);

  private Clock clock = clockAt(DEFAULT_TODAY);

  private TestApplication(String code, ObjectNode root) {
    this.code = code;
    this.root = root;
    this.attachments = SampleApplications.attachments(root);
  }

  static TestApplication validSample(String code) {
    return new TestApplication(code, SampleApplications.valid(code, DEFAULT_TODAY).deepCopy());
  }

  static Clock clockAt(LocalDate today) {
    return Clock.fixed(today.atStartOfDay(TOKYO).toInstant(), TOKYO);
  }

  TestApplication on(LocalDate today) {
    this.clock = clockAt(today);
    return this;
  }

  TestApplication set(String path, Object value) {
    JsonNode node = MAPPER.valueToTree(value);
    Target target = target(path);
    if (target.parent() instanceof ObjectNode object) {
      object.set(target.key(), node);
    } else {
      ((ArrayNode) target.parent()).set(target.index(), node);
    }
    return this;
  }

  TestApplication remove(String path) {
    Target target = target(path);
    ((ObjectNode) target.parent()).remove(target.key());
    return this;
  }

  TestApplication attachments(AttachmentRef... refs) {
    this.attachments = List.of(refs);
    return this;
  }

  JsonNode applicant() {
    return root.path("applicant");
  }

  JsonNode form() {
    return root.path("form");
  }

  ValidationResult validate() {
    return new ApplicationValidator(clock)
        .validate(CATALOG.latest(code).orElseThrow(), applicant(), form(), attachments);
  }

  /** Parent container and last step of a path such as {@code form.children[0].birthDate}. */
  private Target target(String path) {
    String[] steps = path.replace("[", ".[").split("\\.");
    JsonNode node = root;
    for (int i = 0; i < steps.length - 1; i++) {
      node = steps[i].startsWith("[") ? node.get(index(steps[i])) : node.get(steps[i]);
    }
    String last = steps[steps.length - 1];
    return last.startsWith("[") ? new Target(node, null, index(last)) : new Target(node, last, -1);
  }

  private static int index(String step) {
    return Integer.parseInt(step.substring(1, step.length() - 1));
  }

  private record Target(JsonNode parent, String key, int index) {}
}
