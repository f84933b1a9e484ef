package jp.madoguchi.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Optional;
import java.util.function.UnaryOperator;
import jp.madoguchi.forms.catalog.FieldDefinition;
import jp.madoguchi.forms.japanese.CorporateNumber;
import jp.madoguchi.forms.japanese.InsuredNumber;
import jp.madoguchi.forms.japanese.InsurerNumber;
import jp.madoguchi.forms.japanese.InvalidValueException;
import jp.madoguchi.forms.japanese.JapaneseText;
import jp.madoguchi.forms.japanese.LocalGovernmentCode;
import jp.madoguchi.forms.japanese.MyNumber;
import jp.madoguchi.forms.japanese.PhoneNumber;
import jp.madoguchi.forms.japanese.PostalCode;

/**
 * Number-like identifiers stored as digit strings: postal, phone, myNumber, corporateNumber,
 * localGovernmentCode, insuredNo, insurerNo, digits (exactly {@code length}) and accountNumber (1–7
 * digits, left-padded to 7).
 */
final class IdentifierCheck implements ValueCheck {

  @Override
  public Outcome check(JsonNode value, FieldDefinition field, Location at, ValidationRun run) {
    Optional<String> raw = Scalars.text(value);
    if (raw.isEmpty()) {
      return Outcome.fail("type", at);
    }
    try {
      return Outcome.ok(TextNode.valueOf(parser(field).apply(raw.get())));
    } catch (InvalidValueException e) {
      return Outcome.fail(e.code(), at);
    }
  }

  private static UnaryOperator<String> parser(FieldDefinition field) {
    return switch (field.type()) {
      case POSTAL -> s -> PostalCode.parse(s).digits();
      case PHONE -> s -> PhoneNumber.parse(s).digits();
      case MY_NUMBER -> s -> MyNumber.parse(s).digits();
      case CORPORATE_NUMBER -> s -> CorporateNumber.parse(s).digits();
      case LOCAL_GOVERNMENT_CODE -> s -> LocalGovernmentCode.parse(s).digits();
      case INSURED_NUMBER -> s -> InsuredNumber.parse(s).digits();
      case INSURER_NUMBER -> s -> InsurerNumber.parse(s).digits();
      case ACCOUNT_NUMBER ->
          s -> "0".repeat(Math.max(0, 7 - digits(s, 1, 7).length())) + digits(s, 1, 7);
      default -> {
        int length = field.limits().length() == null ? 1 : field.limits().length();
        int max = field.limits().length() == null ? 64 : length;
        yield s -> digits(s, length, max);
      }
    };
  }

  private static String digits(String input, int minLength, int maxLength) {
    String digits = JapaneseText.digitsOnly(input);
    if (!JapaneseText.isAsciiDigits(digits)
        || digits.length() < minLength
        || digits.length() > maxLength) {
      throw new InvalidValueException("format", "wrong number of digits");
    }
    return digits;
  }
}
