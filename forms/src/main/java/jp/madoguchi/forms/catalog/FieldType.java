package jp.madoguchi.forms.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The value types of domain.md §3.0, as spelled in definition files and the public JSON. */
public enum FieldType {
  /** Free text; {@code maxLength} in code points. */
  @JsonProperty("text")
  TEXT,
  /** 氏名: text whose spaces between 氏 and 名 become one U+3000. */
  @JsonProperty("personName")
  PERSON_NAME,
  /** 住所・所在地: text on one line (no line breaks or tabs); otherwise as text. */
  @JsonProperty("address")
  ADDRESS,
  /** 全角カタカナ (§5.6). */
  @JsonProperty("kana")
  KANA,
  /** ISO date, 和暦 accepted (§5.8); not in the future unless {@code allowFuture}. */
  @JsonProperty("date")
  DATE,
  /** Year and month, stored as {@code yyyy-MM}. */
  @JsonProperty("yyyymm")
  YEAR_MONTH,
  @JsonProperty("postal")
  POSTAL,
  @JsonProperty("phone")
  PHONE,
  @JsonProperty("myNumber")
  MY_NUMBER,
  @JsonProperty("corporateNumber")
  CORPORATE_NUMBER,
  @JsonProperty("localGovernmentCode")
  LOCAL_GOVERNMENT_CODE,
  @JsonProperty("insuredNo")
  INSURED_NUMBER,
  @JsonProperty("insurerNo")
  INSURER_NUMBER,
  /** A fixed number of digits ({@code length}), e.g. 金融機関コード, 事業所番号. */
  @JsonProperty("digits")
  DIGITS,
  /** 口座番号: up to 7 digits, left-padded with 0. */
  @JsonProperty("accountNumber")
  ACCOUNT_NUMBER,
  /** 全銀 half-width kana (§5.7). */
  @JsonProperty("zengin")
  ZENGIN,
  /** One value of {@code options}. */
  @JsonProperty("enum")
  ENUM,
  /** Several values of {@code options}, as an array. */
  @JsonProperty("multi")
  MULTI,
  /** Integer within {@code min}..{@code max}. */
  @JsonProperty("int")
  INT,
  /** Integer yen, 0..9,999,999,999 (§5.9). */
  @JsonProperty("yen")
  YEN,
  @JsonProperty("bool")
  BOOL,
  /** A nested block with its own {@code fields}. */
  @JsonProperty("object")
  OBJECT,
  /**
   * A repeated block: an array of items with {@code fields}, {@code minItems}..{@code maxItems}.
   */
  @JsonProperty("group")
  GROUP;

  public boolean isContainer() {
    return this == OBJECT || this == GROUP;
  }

  public boolean hasOptions() {
    return this == ENUM || this == MULTI;
  }
}
