package jp.madoguchi.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import jp.madoguchi.forms.catalog.Constraints;
import jp.madoguchi.forms.catalog.FieldDefinition;
import jp.madoguchi.forms.catalog.FieldType;
import jp.madoguchi.forms.japanese.JapaneseText;

/**
 * text and personName: trimmed, half-width katakana made full-width, control characters other than
 * line breaks and tabs refused; a personName's spaces become one U+3000 between 氏 and 名.
 */
final class TextCheck implements ValueCheck {

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

  @Override
  public Outcome check(JsonNode value, FieldDefinition field, Location at, ValidationRun run) {
    Optional<String> raw = Scalars.text(value);
    if (raw.isEmpty()) {
      return Outcome.fail("type", at);
    }
    String text = JapaneseText.halfWidthKanaToFullWidth(raw.get().strip());
    if (field.type() == FieldType.PERSON_NAME) {
      text = text.replaceAll("[\\s\u3000]+", "\u3000");
    }
    if (CONTROL.matcher(text).find()) {
      return Outcome.fail("format", at);
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

  private static boolean matches(String pattern, String text) {
    try {
      return Pattern.compile(pattern).matcher(text).matches();
    } catch (PatternSyntaxException e) {
      return false;
    }
  }
}
