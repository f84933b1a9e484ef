package jp.madoguchi.app.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class ProducersTest {

  @Test
  void theServersDayIsTheDayInJapanWhateverTheJvmZone() {
    TimeZone before = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      Clock clock = new Producers().clock();

      assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
      // 2026-06-01 15:30 UTC is 2026-06-02 00:30 JST: the date rules must count from 6月2日
      Clock atMidnightInJapan = Clock.fixed(Instant.parse("2026-06-01T15:30:00Z"), clock.getZone());
      assertThat(LocalDate.now(atMidnightInJapan)).isEqualTo(LocalDate.of(2026, 6, 2));
    } finally {
      TimeZone.setDefault(before);
    }
  }
}
