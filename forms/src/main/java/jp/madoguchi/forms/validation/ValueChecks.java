package jp.madoguchi.forms.validation;

import jp.madoguchi.forms.catalog.FieldType;

/**
 * The {@link ValueCheck} for each scalar field type. Containers are walked by {@link
 * TreeNormaliser}; reaching one here means the value had the wrong JSON type.
 */
final class ValueChecks {

  private static final ValueCheck TEXT = new TextCheck();
  private static final ValueCheck KANA = new KanaCheck();
  private static final ValueCheck DATE = new DateCheck();
  private static final ValueCheck YEAR_MONTH = new YearMonthCheck();
  private static final ValueCheck IDENTIFIER = new IdentifierCheck();
  private static final ValueCheck CHOICE = new ChoiceCheck();
  private static final ValueCheck NUMBER = new NumberCheck();
  private static final ValueCheck BOOL = new BoolCheck();

  private ValueChecks() {}

  static ValueCheck forType(FieldType type) {
    return switch (type) {
      case TEXT, PERSON_NAME, ADDRESS -> TEXT;
      case KANA, ZENGIN -> KANA;
      case DATE -> DATE;
      case YEAR_MONTH -> YEAR_MONTH;
      case ENUM, MULTI -> CHOICE;
      case INT, YEN -> NUMBER;
      case BOOL -> BOOL;
      case POSTAL,
              PHONE,
              MY_NUMBER,
              CORPORATE_NUMBER,
              LOCAL_GOVERNMENT_CODE,
              INSURED_NUMBER,
              INSURER_NUMBER,
              DIGITS,
              ACCOUNT_NUMBER ->
          IDENTIFIER;
      case OBJECT, GROUP -> (value, field, at, run) -> Outcome.fail("type", at);
    };
  }
}
