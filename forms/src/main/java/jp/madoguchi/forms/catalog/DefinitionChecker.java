package jp.madoguchi.forms.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import jp.madoguchi.forms.validation.rules.RuleRegistry;

/**
 * Semantic checks a definition must pass to be loaded, so that a malformed file fails the catalog
 * at start-up with a message naming the file and the field, never a resident's application later.
 */
final class DefinitionChecker {

  private static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");

  private final ProcedureDefinition definition;

  private DefinitionChecker(ProcedureDefinition definition) {
    this.definition = definition;
  }

  static void check(ProcedureDefinition definition) {
    new DefinitionChecker(definition).run();
  }

  private void run() {
    require(notBlank(definition.code()), "code is missing");
    require(notBlank(definition.name()), "name is missing");
    require(notBlank(definition.category()), "category is missing");
    require(notBlank(definition.coreSystem()), "coreSystem is missing");
    require(definition.myNumberUse() != null, "myNumberUse (個人番号利用事務) is missing");
    require(definition.version() >= 1, "version must be 1 or more");
    fields(definition.applicant().fields(), "applicant");
    fields(definition.fields(), "form");
    attachments();
    for (RuleReference rule : definition.rules()) {
      require(RuleRegistry.find(rule.name()).isPresent(), "unknown rule " + rule.name());
      RuleRegistry.find(rule.name()).orElseThrow().requiredParams().stream()
          .forEach(p -> require(rule.params().has(p), "rule " + rule.name() + " needs " + p));
      RuleRegistry.find(rule.name()).orElseThrow().checkParams(rule.params());
    }
  }

  private void fields(List<FieldDefinition> fields, String path) {
    Set<String> keys = new HashSet<>();
    for (FieldDefinition field : fields) {
      String where = path + "." + field.key();
      require(field.key() != null && KEY.matcher(field.key()).matches(), path + ": bad key");
      require(keys.add(field.key()), where + ": duplicate key");
      require(notBlank(field.label()), where + ": label is missing");
      require(field.type() != null, where + ": type is missing");
      require(field.type().hasOptions() == !field.options().isEmpty(), where + ": options");
      require(field.type().isContainer() == !field.fields().isEmpty(), where + ": nested fields");
      condition(field.requiredWhen(), fields, where);
      fields(field.fields(), where);
    }
  }

  private void attachments() {
    Set<String> keys = new HashSet<>();
    for (AttachmentRequirement attachment : definition.attachments()) {
      String where = "attachments." + attachment.key();
      require(notBlank(attachment.key()) && keys.add(attachment.key()), where + ": bad key");
      require(notBlank(attachment.label()), where + ": label is missing");
      condition(attachment.requiredWhen(), definition.fields(), where);
    }
  }

  private void condition(Condition condition, List<FieldDefinition> siblings, String where) {
    if (condition == null) {
      return;
    }
    boolean fieldTest = condition.field() != null;
    require(
        fieldTest
            ? condition.operatorCount() == 1 && condition.combinatorCount() == 0
            : condition.operatorCount() == 0 && condition.combinatorCount() == 1,
        where + ": a condition needs a field with one operator, or one of all/any/not");
    if (fieldTest) {
      Optional<FieldDefinition> target = resolve(condition.field(), siblings);
      require(target.isPresent(), where + ": condition refers to unknown " + condition.field());
      if (condition.some() != null) {
        condition(condition.some(), target.get().fields(), where);
      }
    }
    Optional.ofNullable(condition.all())
        .orElse(List.of())
        .forEach(c -> condition(c, siblings, where));
    Optional.ofNullable(condition.any())
        .orElse(List.of())
        .forEach(c -> condition(c, siblings, where));
    condition(condition.not(), siblings, where);
  }

  private Optional<FieldDefinition> resolve(String reference, List<FieldDefinition> siblings) {
    String[] parts = reference.split("\\.");
    List<FieldDefinition> level = siblings;
    int start = 0;
    if (parts[0].equals("form") || parts[0].equals("applicant")) {
      level = parts[0].equals("form") ? definition.fields() : definition.applicant().fields();
      start = 1;
    }
    Optional<FieldDefinition> found = Optional.empty();
    for (int i = start; i < parts.length; i++) {
      String key = parts[i];
      found = level.stream().filter(f -> f.key().equals(key)).findFirst();
      if (found.isEmpty()) {
        return found;
      }
      level = found.get().fields();
    }
    return found;
  }

  private static boolean notBlank(String text) {
    return text != null && !text.isBlank();
  }

  private static void require(boolean ok, String problem) {
    if (!ok) {
      throw new IllegalArgumentException(problem);
    }
  }
}
