package jp.madoguchi.integration.config;

/** Record layout of an exported file. */
public enum FileFormat {
  /** RFC 4180 CSV with CRLF. */
  CSV,
  /** Fixed-length record, column widths counted in bytes of the encoding. */
  FIXED
}
