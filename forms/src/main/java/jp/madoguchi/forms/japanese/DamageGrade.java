package jp.madoguchi.forms.japanese;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * 罹災証明の被害の程度 (内閣府「災害に係る住家の被害認定基準運用指針」, domain.md §5.12), in order, with the range of 損害割合 (percent)
 * each covers: 全壊 ≥ 50; 大規模半壊 40–50; 中規模半壊 30–40; 半壊 20–30; 準半壊 10–20; 準半壊に至らない（一部損壊） &lt; 10. A
 * lower bound is inclusive, an upper bound exclusive.
 */
public enum DamageGrade {
  ZENKAI("全壊", 50, 100),
  DAIKIBO_HANKAI("大規模半壊", 40, 50),
  CHUKIBO_HANKAI("中規模半壊", 30, 40),
  HANKAI("半壊", 20, 30),
  JUN_HANKAI("準半壊", 10, 20),
  ICHIBU_SONKAI("準半壊に至らない（一部損壊）", 0, 10);

  private final String label;
  private final int fromPercent;
  private final int belowPercent;

  DamageGrade(String label, int fromPercent, int belowPercent) {
    this.label = label;
    this.fromPercent = fromPercent;
    this.belowPercent = belowPercent;
  }

  public String label() {
    return label;
  }

  /** The range as printed: 「50%以上」, 「40%以上50%未満」, 「10%未満」. */
  public String rangeLabel() {
    if (this == ZENKAI) {
      return fromPercent + "%以上";
    }
    if (fromPercent == 0) {
      return belowPercent + "%未満";
    }
    return fromPercent + "%以上" + belowPercent + "%未満";
  }

  /** Whether a 損害割合 (0–100 %) falls in this grade's range; 100 % counts as 全壊. */
  public boolean covers(BigDecimal percent) {
    BigDecimal from = BigDecimal.valueOf(fromPercent);
    BigDecimal below = BigDecimal.valueOf(belowPercent);
    return percent.compareTo(from) >= 0
        && (percent.compareTo(below) < 0 || (this == ZENKAI && percent.compareTo(below) == 0));
  }

  public static Optional<DamageGrade> of(String code) {
    return Arrays.stream(values()).filter(g -> g.name().equals(code)).findFirst();
  }
}
