package jp.madoguchi.integration.config;

/** How a column's value is converted before it is written. */
public enum ColumnKind {
  /** The text as stored; left-aligned in fixed-length records. */
  TEXT,
  /** Half-width katakana (ｶﾞ for ガ), as many core systems store 氏名カナ. */
  KANA_HALF_WIDTH,
  /** An ISO date or year-month, written in the route's {@link DateStyle}. */
  DATE,
  /** Integer yen; right-aligned and zero-padded in fixed-length records. */
  YEN,
  /** Digits only (codes, numbers); right-aligned and zero-padded in fixed-length records. */
  DIGITS;

  /** Numbers are right-aligned and zero-padded in fixed-length records. */
  public boolean isNumeric() {
    return this == YEN || this == DIGITS;
  }
}
