package jp.madoguchi.forms.pdf;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import jp.madoguchi.forms.japanese.WarekiDate;

/**
 * An instant as printed on forms: JST, 和暦 then ISO, e.g. 令和7年10月1日 09:15（2025-10-01T09:15+09:00）.
 */
final class JapanTime {

  static final ZoneId JST = ZoneId.of("Asia/Tokyo");
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmXXX");

  private JapanTime() {}

  static String format(Instant instant) {
    if (instant == null) {
      return FieldValues.ABSENT;
    }
    ZonedDateTime local = instant.atZone(JST);
    return WarekiDate.of(local.toLocalDate()).toJapanese()
        + " "
        + CLOCK.format(local)
        + "\n"
        + ISO.format(local);
  }
}
