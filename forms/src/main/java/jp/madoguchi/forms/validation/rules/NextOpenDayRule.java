package jp.madoguchi.forms.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import jp.madoguchi.forms.japanese.OfficeCalendar;

/**
 * The date at {@code field} should be the next open day (翌開庁日, {@link OfficeCalendar}) or later:
 * 転入予約 来庁予定日 — data sent the same day may not have arrived from the 転出地 yet (domain.md §5.11).
 */
final class NextOpenDayRule implements Rule {

  @Override
  public String name() {
    return "nextOpenDay";
  }

  @Override
  public List<String> requiredParams() {
    return List.of("field");
  }

  @Override
  public void check(JsonNode params, RuleContext context) {
    String field = params.path("field").asText();
    LocalDate nextOpenDay = OfficeCalendar.nextOpenDay(context.today());
    context
        .date(field)
        .filter(date -> date.isBefore(nextOpenDay))
        .ifPresent(
            date ->
                context.report(
                    field,
                    context.label(field)
                        + "が翌開庁日（"
                        + nextOpenDay
                        + "）より前です。転出地からのデータが届いていないおそれがあります"));
  }
}
