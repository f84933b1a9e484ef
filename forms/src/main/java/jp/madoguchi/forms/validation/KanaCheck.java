package jp.madoguchi.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import jp.madoguchi.forms.catalog.FieldDefinition;
import jp.madoguchi.forms.catalog.FieldType;
import jp.madoguchi.forms.japanese.HiddenCharacters;
import jp.madoguchi.forms.japanese.InvalidValueException;
import jp.madoguchi.forms.japanese.KanaName;
import jp.madoguchi.forms.japanese.ZenginKana;

/**
 * kana (全角カタカナ, §5.6) and zengin (全銀 half-width kana, §5.7); control, bidi and zero-width
 * characters are named as such rather than as "not kana".
 */
final class KanaCheck implements ValueCheck {

  @Override
  public Outcome check(JsonNode value, FieldDefinition field, Location at, ValidationRun run) {
    Optional<String> raw = Scalars.text(value);
    if (raw.isEmpty()) {
      return Outcome.fail("type", at);
    }
    Optional<String> hidden = HiddenCharacters.problem(raw.get(), false);
    if (hidden.isPresent()) {
      return Outcome.fail(hidden.get(), at);
    }
    try {
      String text =
          field.type() == FieldType.ZENGIN
              ? ZenginKana.parse(raw.get()).value()
              : KanaName.parse(raw.get()).value();
      return TextCheck.lengthAndPattern(text, field.limits(), at);
    } catch (InvalidValueException e) {
      if (e.code().equals("maxLength")) {
        return Outcome.fail("maxLength", Messages.maxLength(at.label(), ZenginKana.MAX_LENGTH));
      }
      return Outcome.fail(e.code(), at);
    }
  }
}
