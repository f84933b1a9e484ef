package jp.madoguchi.integration.record;

import java.util.List;

/**
 * The bytes of a rendered record; {@code gaijiFound} when a character was replaced by 〓, and the
 * names of fixed-length columns whose text had to be shortened. Either is a reason to flag the
 * application for clerk review.
 */
public record RenderedRecord(byte[] content, boolean gaijiFound, List<String> truncatedColumns) {

  public RenderedRecord {
    content = content.clone();
    truncatedColumns = List.copyOf(truncatedColumns);
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  public boolean needsClerkReview() {
    return gaijiFound || !truncatedColumns.isEmpty();
  }

  /** The reason given to clerks, without any of the record's content. */
  public String reviewReason() {
    StringBuilder reason = new StringBuilder();
    if (gaijiFound) {
      reason.append("外字を〓に置き換えて出力しました");
    }
    if (!truncatedColumns.isEmpty()) {
      reason.append(reason.isEmpty() ? "" : "。");
      reason.append("桁数を超えたため切り詰めた列: ").append(String.join("、", truncatedColumns));
    }
    return reason.toString();
  }
}
