package jp.madoguchi.app.domain.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.app.domain.account.ProcedureScope;

/** The clerks' view of applications: filtered, searched, paged oldest first, counted. */
public interface IntakeQueue {

  /** Up to {@code limit} applications after {@code after}, oldest first. */
  List<Application> page(
      QueueFilter filter,
      Optional<QueuePosition> after,
      int limit,
      ServiceLevels levels,
      Instant now);

  /** Applications per status, of the procedures in {@code scope}. */
  Map<ApplicationStatus, Long> countByStatus(ProcedureScope scope);

  /** Open applications per procedure in {@code scope}. */
  Map<String, Long> openByProcedure(ProcedureScope scope);

  /** Open applications past their due date, of the procedures in {@code scope}. */
  long overdue(ServiceLevels levels, Instant now, ProcedureScope scope);
}
