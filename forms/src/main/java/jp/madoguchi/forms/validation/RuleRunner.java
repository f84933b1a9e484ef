package jp.madoguchi.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.madoguchi.forms.catalog.FieldDefinition;
import jp.madoguchi.forms.catalog.ProcedureDefinition;
import jp.madoguchi.forms.catalog.RuleReference;
import jp.madoguchi.forms.catalog.Severity;
import jp.madoguchi.forms.validation.rules.Rule;
import jp.madoguchi.forms.validation.rules.RuleContext;
import jp.madoguchi.forms.validation.rules.RuleRegistry;

/**
 * Last pass: runs the definition's named rules over the normalised blocks; a rule of severity
 * {@code warning} reports warnings instead of violations.
 */
final class RuleRunner {

  private static final Pattern SEGMENT = Pattern.compile("([^\\[]+)(?:\\[(\\d+)])?");

  private final ValidationRun run;
  private final ProcedureDefinition definition;

  RuleRunner(ValidationRun run, ProcedureDefinition definition) {
    this.run = run;
    this.definition = definition;
  }

  void run() {
    for (RuleReference reference : definition.rules()) {
      RuleRegistry.find(reference.name())
          .ifPresent(rule -> rule.check(reference.params(), new Context(rule, reference)));
    }
  }

  private final class Context implements RuleContext {

    private final Rule rule;
    private final RuleReference reference;

    Context(Rule rule, RuleReference reference) {
      this.rule = rule;
      this.reference = reference;
    }

    @Override
    public LocalDate today() {
      return run.today();
    }

    @Override
    public JsonNode value(String path) {
      if (run.failed(path)) {
        return MissingNode.getInstance();
      }
      String[] segments = path.split("\\.");
      JsonNode node = segments[0].equals("applicant") ? run.applicant() : run.form();
      for (int i = 1; i < segments.length && !node.isMissingNode(); i++) {
        Matcher m = SEGMENT.matcher(segments[i]);
        if (!m.matches()) {
          return MissingNode.getInstance();
        }
        node = node.path(m.group(1));
        node = m.group(2) == null ? node : node.path(Integer.parseInt(m.group(2)));
      }
      return Scalars.absent(node) ? MissingNode.getInstance() : node;
    }

    @Override
    public String label(String path) {
      String[] segments = path.split("\\.");
      List<FieldDefinition> fields =
          segments[0].equals("applicant") ? definition.applicant().fields() : definition.fields();
      Location at = Location.root(segments[0]);
      for (int i = 1; i < segments.length; i++) {
        Matcher m = SEGMENT.matcher(segments[i]);
        String key = m.matches() ? m.group(1) : segments[i];
        FieldDefinition field =
            fields.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
        at = at.child(key, field == null ? key : field.label());
        fields = field == null ? List.of() : field.fields();
        if (m.matches() && m.group(2) != null) {
          at = at.item(Integer.parseInt(m.group(2)));
        }
      }
      return at.label();
    }

    @Override
    public void report(String path, String message) {
      if (reference.severity() == Severity.WARNING) {
        run.warn(path, rule.name(), message);
      } else {
        run.report(path, rule.name(), message);
      }
    }
  }
}
