package jp.madoguchi.app.interfaces.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.domain.application.ApplicationStatus;
import jp.madoguchi.app.domain.application.QueueFilter;
import jp.madoguchi.app.domain.application.QueueOrder;
import jp.madoguchi.app.domain.application.QueueView;
import jp.madoguchi.app.domain.application.ServiceLevels;
import jp.madoguchi.forms.validation.Violation;

/** Query parameters of the queue, checked: every bad one is reported at once (422). */
public final class QueryFilters {

  private QueryFilters() {}

  /** The filter and the view (which applications before any filter) a clerk asked for. */
  public record Parsed(QueueFilter filter, QueueView view) {}

  public static Parsed parse(
      List<String> statuses,
      String procedure,
      String receivedFrom,
      String receivedTo,
      String assignee,
      String q,
      boolean overdue,
      String view,
      String sort) {
    List<Violation> violations = new ArrayList<>();
    QueueView queueView =
        choice(
            "view",
            view,
            QueueView.ALL,
            QueueView.class,
            "view は open（対応中）・all（すべて）・mine（自分の担当）のいずれかです",
            violations);
    QueueOrder order =
        choice(
            "sort",
            sort,
            QueueOrder.RECEIVED,
            QueueOrder.class,
            "sort は received（受付日時順）・due（処理期限順）のいずれかです",
            violations);
    Set<ApplicationStatus> wanted = EnumSet.noneOf(ApplicationStatus.class);
    for (String list : statuses == null ? List.<String>of() : statuses) {
      for (String name : list.split(",")) {
        if (name.isBlank()) {
          continue;
        }
        try {
          wanted.add(ApplicationStatus.valueOf(name.strip()));
        } catch (IllegalArgumentException e) {
          violations.add(new Violation("status", "enum", "状態「" + name + "」はありません"));
        }
      }
    }
    Instant from = instant("receivedFrom", receivedFrom, false, violations);
    Instant to = instant("receivedTo", receivedTo, true, violations);
    if (!violations.isEmpty()) {
      throw ApplicationProblem.invalid(violations);
    }
    QueueFilter filter =
        new QueueFilter(
            wanted,
            blankToNull(procedure),
            from,
            to,
            blankToNull(assignee),
            blankToNull(q),
            overdue);
    return new Parsed(filter.ordered(order), queueView);
  }

  /** An enum parameter given in lower case ({@code view=open}); blank means {@code fallback}. */
  private static <E extends Enum<E>> E choice(
      String field, String value, E fallback, Class<E> type, String message, List<Violation> out) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      out.add(new Violation(field, "enum", message));
      return fallback;
    }
  }

  /** A date (JST; "to" is inclusive of that day) or a full ISO date-time. */
  private static Instant instant(
      String field, String value, boolean endOfDay, List<Violation> out) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      LocalDate day = LocalDate.parse(value);
      return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ServiceLevels.JAPAN).toInstant();
    } catch (DateTimeParseException notADate) {
      try {
        return OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeParseException e) {
        out.add(new Violation(field, "format", field + " は 2025-04-01 の形式で指定してください"));
        return null;
      }
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
