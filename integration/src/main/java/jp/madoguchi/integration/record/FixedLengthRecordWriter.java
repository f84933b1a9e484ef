package jp.madoguchi.integration.record;

import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.integration.config.ColumnSpec;

/**
 * One fixed-length record ending in CRLF. Widths count bytes of the target charset (full-width = 2
 * bytes in CP932). Numbers are right-aligned and zero-padded and must fit; text is left-aligned and
 * padded with half-width spaces, shortened at a character boundary when too long (the column is
 * reported); line breaks and other control characters in text become spaces. A missing value is all
 * spaces.
 */
public final class FixedLengthRecordWriter {

  private final TargetCharset target;

  public FixedLengthRecordWriter(TargetCharset target) {
    this.target = target;
  }

  /** {@code values} holds one entry per column; null for a missing value. */
  public RenderedRecord write(List<ColumnSpec> columns, List<String> values) {
    StringBuilder out = new StringBuilder();
    boolean gaiji = false;
    List<String> truncated = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      ColumnSpec column = columns.get(i);
      String value = values.get(i);
      if (value == null) {
        out.append(" ".repeat(column.width()));
      } else if (column.kind().isNumeric()) {
        out.append(zeroPadded(column, value));
      } else {
        Substitution s = target.prepare(value.replaceAll("\\p{Cntrl}", " "));
        gaiji |= s.gaijiFound();
        if (!fit(s.text(), column.width(), out)) {
          truncated.add(column.name());
        }
      }
    }
    out.append("\r\n");
    return new RenderedRecord(out.toString().getBytes(target.charset()), gaiji, truncated);
  }

  private static String zeroPadded(ColumnSpec column, String digits) {
    if (digits.length() > column.width()) {
      throw new RecordRenderingException(
          "column " + column.name() + " is wider than its " + column.width() + " bytes");
    }
    return "0".repeat(column.width() - digits.length()) + digits;
  }

  /** Appends as many whole characters as fit, then spaces; false if any character was left out. */
  private boolean fit(String text, int width, StringBuilder out) {
    int used = 0;
    int index = 0;
    while (index < text.length()) {
      int cp = text.codePointAt(index);
      int bytes = target.byteWidth(cp);
      if (used + bytes > width) {
        break;
      }
      out.appendCodePoint(cp);
      used += bytes;
      index += Character.charCount(cp);
    }
    out.append(" ".repeat(width - used));
    return index == text.length();
  }
}
