package jp.madoguchi.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import jp.madoguchi.forms.catalog.Constraints;
import jp.madoguchi.forms.catalog.FieldDefinition;
import jp.madoguchi.forms.catalog.FieldType;
import jp.madoguchi.forms.japanese.HiddenCharacters;
import jp.madoguchi.forms.japanese.JapaneseText;

/**
 * text, personName and address: trimmed, half-width katakana made full-width; control, bidi and
 * zero-width characters refused ({@link HiddenCharacters}), except line breaks and tabs in free
 * text; a personName's spaces become one U+3000 between 氏 and 名.
 */
final class TextCheck implements ValueCheck {

  @Override
  public Outcome check(JsonNode value, FieldDefinition field, Location at, ValidationRun run) {
    Optional<String> raw = Scalars.text(value);
    if (raw.isEmpty()) {
      return Outcome.fail("type", at);
    }
    Optional<String> hidden = HiddenCharacters.problem(raw.get(), field.type() == FieldType.TEXT);
    if (hidden.isPresent()) {
      return Outcome.fail(hidden.get(), at);
    }
    String text = JapaneseText.halfWidthKanaToFullWidth(raw.get().strip());
    if (field.type() == FieldType.PERSON_NAME) {
      text = text.replaceAll("[\\s\u3000]+", "\u3000");
    }
    return lengthAndPattern(text, field.limits(), at);
  }

  static Outcome lengthAndPattern(String text, Constraints limits, Location at) {
    int length = JapaneseText.length(text);
    if (limits.maxLength() != null && length > limits.maxLength()) {
      return Outcome.fail("maxLength", Messages.maxLength(at.label(), limits.maxLength()));
    }
    if (limits.minLength() != null && length < limits.minLength()) {
      return Outcome.fail("minLength", Messages.minLength(at.label(), limits.minLength()));
    }
    if (limits.pattern() != null && !matches(limits.pattern(), text)) {
      return Outcome.fail("format", at);
    }
    return Outcome.ok(TextNode.valueOf(text));
  }

  /** Compiled once per pattern of the catalog; an invalid pattern (empty) matches nothing. */
  private static final Map<String, Optional<Pattern>> COMPILED = new ConcurrentHashMap<>();

  private static boolean matches(String pattern, String text) {
    return COMPILED
        .computeIfAbsent(pattern, TextCheck::compile)
        .map(p -> p.matcher(text).matches())
        .orElse(false);
  }

  private static Optional<Pattern> compile(String pattern) {
    try {
      return Optional.of(Pattern.compile(pattern));
    } catch (PatternSyntaxException e) {
      return Optional.empty();
    }
  }
}
