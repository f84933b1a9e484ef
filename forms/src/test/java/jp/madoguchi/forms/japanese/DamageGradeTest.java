package jp.madoguchi.forms.japanese;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DamageGradeTest {

  @Test
  void eachPercentBelongsToExactlyOneGradeWithTheBoundsOfTheGuideline() {
    for (int tenths = 0; tenths <= 1000; tenths++) {
      BigDecimal percent = BigDecimal.valueOf(tenths, 1);
      long grades =
          java.util.Arrays.stream(DamageGrade.values()).filter(g -> g.covers(percent)).count();
      assertThat(grades).as(percent.toString()).isEqualTo(1);
    }
    assertThat(DamageGrade.ZENKAI.covers(new BigDecimal("50"))).isTrue();
    assertThat(DamageGrade.DAIKIBO_HANKAI.covers(new BigDecimal("49.9"))).isTrue();
    assertThat(DamageGrade.JUN_HANKAI.covers(new BigDecimal("10"))).isTrue();
    assertThat(DamageGrade.ICHIBU_SONKAI.covers(new BigDecimal("9.9"))).isTrue();
    assertThat(DamageGrade.ZENKAI.covers(new BigDecimal("100"))).isTrue();
  }

  @Test
  void labelsAndOrderFollowDomainSection512() {
    assertThat(DamageGrade.values())
        .extracting(DamageGrade::label)
        .containsExactly("全壊", "大規模半壊", "中規模半壊", "半壊", "準半壊", "準半壊に至らない（一部損壊）");
    assertThat(DamageGrade.ZENKAI.rangeLabel()).isEqualTo("50%以上");
    assertThat(DamageGrade.HANKAI.rangeLabel()).isEqualTo("20%以上30%未満");
    assertThat(DamageGrade.ICHIBU_SONKAI.rangeLabel()).isEqualTo("10%未満");
  }

  @Test
  void unknownCodesAreNotGrades() {
    assertThat(DamageGrade.of("ZENKAI")).contains(DamageGrade.ZENKAI);
    assertThat(DamageGrade.of("zenkai")).isEmpty();
    assertThat(DamageGrade.of(null)).isEmpty();
  }
}
