package jp.madoguchi.app.domain.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.app.domain.account.ProcedureScope;

/** The clerks' view of applications: filtered, searched, paged oldest first or by 処理期限, counted. */
public interface IntakeQueue {

  /** Up to {@code limit} applications after {@code after}, in the filter's order. */
  List<Application> page(
      QueueFilter filter,
      Optional<QueuePosition> after,
      int limit,
      ServiceLevels levels,
      Instant now);

  /**
   * Above this many, a count that has to read applications stops: it says {@code COUNT_LIMIT + 1}.
   */
  int COUNT_LIMIT = 10_000;

  /**
   * How many applications the filter matches in all (every page): exact from the counts table when
   * only states and procedure are chosen, else exact up to {@link #COUNT_LIMIT} ({@code COUNT_LIMIT
   * + 1} meaning "more"), so that a short, common search term stays as quick as its page.
   */
  long count(QueueFilter filter, ServiceLevels levels, Instant now);

  /** Applications per status, of the procedures in {@code scope}. */
  Map<ApplicationStatus, Long> countByStatus(ProcedureScope scope);

  /** Open applications per procedure in {@code scope}. */
  Map<String, Long> openByProcedure(ProcedureScope scope);

  /** Open applications past their due date, of the procedures in {@code scope}. */
  long overdue(ServiceLevels levels, Instant now, ProcedureScope scope);
}
