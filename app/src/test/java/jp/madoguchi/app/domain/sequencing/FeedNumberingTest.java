package jp.madoguchi.app.domain.sequencing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedNumberingTest {

  // 23:30 on 2026-04-01 in Japan; an hour later it is 4月2日 there, still 4月1日 in UTC
  private static final Instant RECEIVED = Instant.parse("2026-04-01T14:30:00Z");
  private static final long DAY = LocalDate.of(2026, 4, 1).toEpochDay();

  @Test
  void changesAreNumberedAfterTheLastPositionInTheOrderTheyWereInserted() {
    var numbered =
        FeedNumbering.number(
            41,
            List.of(
                new UnsequencedChange(9, "CC-01", RECEIVED, null, "RECEIVED"),
                new UnsequencedChange(7, "CC-01", RECEIVED, null, "RECEIVED")));

    assertThat(numbered.positions())
        .containsExactly(new FeedNumbering.Position(7, 42), new FeedNumbering.Position(9, 43));
    assertThat(numbered.lastPosition()).isEqualTo(43);
  }

  @Test
  void countsMoveOutOfTheStatusLeftIntoTheOneEnteredPerProcedureAndJapaneseDay() {
    var numbered =
        FeedNumbering.number(
            0,
            List.of(
                new UnsequencedChange(1, "CC-01", RECEIVED, null, "RECEIVED"),
                new UnsequencedChange(2, "CC-01", RECEIVED, "RECEIVED", "UNDER_REVIEW"),
                new UnsequencedChange(3, "CC-02", RECEIVED.plusSeconds(3_600), null, "RECEIVED")));

    assertThat(numbered.counts())
        .containsExactly(
            Map.entry(new FeedNumbering.CountBucket("CC-01", DAY), Map.of("UNDER_REVIEW", 1L)),
            Map.entry(new FeedNumbering.CountBucket("CC-02", DAY + 1), Map.of("RECEIVED", 1L)));
  }

  @Test
  void nothingToNumberLeavesTheFeedWhereItWas() {
    var numbered = FeedNumbering.number(5, List.of());

    assertThat(numbered.positions()).isEmpty();
    assertThat(numbered.lastPosition()).isEqualTo(5);
    assertThat(numbered.counts()).isEmpty();
  }
}
