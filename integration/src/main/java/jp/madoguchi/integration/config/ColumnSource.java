package jp.madoguchi.integration.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a column's value comes from: a path such as {@code receiptNumber}, {@code
 * applicant.nameKana} or {@code form.children[0].birthDate}. The first segment is the root: one of
 * the delivery's own fields ({@link #ENVELOPE_FIELDS}), {@code applicant}, {@code form} or {@code
 * damage} (the clerk-set 被害の程度 of a DIS-01: {@code damage.grade}, {@code damage.label}, {@code
 * damage.ratioPercent}; empty until set).
 */
public record ColumnSource(String root, List<Segment> segments) {

  /** Roots that are a value themselves and take no further segments. */
  public static final Set<String> ENVELOPE_FIELDS =
      Set.of("receiptNumber", "procedureCode", "definitionVersion", "deliveryId");

  /** Roots that are objects of the application. */
  public static final Set<String> OBJECT_ROOTS = Set.of("applicant", "form", "damage");

  /** The root of the 被害の程度, its values, and the one procedure that has it. */
  public static final String DAMAGE_ROOT = "damage";

  public static final Set<String> DAMAGE_FIELDS = Set.of("grade", "label", "ratioPercent");

  public static final String DAMAGE_PROCEDURE = "DIS-01";

  private static final Pattern SEGMENT =
      Pattern.compile("([A-Za-z][A-Za-z0-9_]*)(?:\\[(\\d{1,3})])?");

  /** One step of the path: a key, and an index when the key names a repeated group. */
  public record Segment(String key, Integer index) {}

  public ColumnSource {
    segments = List.copyOf(segments);
  }

  /** The parsed path, or empty when it is not a path to a known root. */
  public static Optional<ColumnSource> parse(String path) {
    if (path == null || path.isBlank()) {
      return Optional.empty();
    }
    String[] parts = path.split("\\.", -1);
    String root = parts[0];
    boolean envelope = ENVELOPE_FIELDS.contains(root) && parts.length == 1;
    boolean object = OBJECT_ROOTS.contains(root) && parts.length > 1;
    if (!envelope && !object) {
      return Optional.empty();
    }
    List<Segment> segments = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      Matcher m = SEGMENT.matcher(parts[i]);
      if (!m.matches()) {
        return Optional.empty();
      }
      segments.add(
          new Segment(m.group(1), m.group(2) == null ? null : Integer.valueOf(m.group(2))));
    }
    return Optional.of(new ColumnSource(root, segments));
  }

  /** The last key of the path ({@code birthDate} for {@code form.children[0].birthDate}). */
  public String leafKey() {
    return segments.isEmpty() ? root : segments.get(segments.size() - 1).key();
  }
}
