package jp.madoguchi.app.domain.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The clerks' view of applications: filtered, searched, paged oldest first, counted. */
public interface IntakeQueue {

  /** Up to {@code limit} applications after {@code after}, oldest first. */
  List<Application> page(
      QueueFilter filter,
      Optional<QueuePosition> after,
      int limit,
      ServiceLevels levels,
      Instant now);

  Map<ApplicationStatus, Long> countByStatus();

  /** Open applications per procedure. */
  Map<String, Long> openByProcedure();

  long overdue(ServiceLevels levels, Instant now);
}
