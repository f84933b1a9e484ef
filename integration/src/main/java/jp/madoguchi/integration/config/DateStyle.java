package jp.madoguchi.integration.config;

/** How DATE columns are written. */
public enum DateStyle {
  /** {@code 2023-04-01}. */
  ISO,
  /** 和暦 as era code + YYMMDD (domain.md §5.8): 令和5年4月1日 → {@code 5050401}. */
  WAREKI
}
