package jp.madoguchi.app.domain.application;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/** Which applications a clerk's queue shows before any other filter. */
public enum QueueView {
  /** Every application (the API's default, as before issue 18). */
  ALL,
  /**
   * 対応中: the states where the next step is the clerk's ({@link ApplicationStatus#isClerksWork}).
   */
  OPEN,
  /** 自分の担当: open applications assigned to the viewer. */
  MINE;

  /**
   * {@code filter} narrowed to this view for {@code viewer}. A status the clerk chose (a chip) wins
   * over the view's states; 自分の担当 always means the viewer's own.
   */
  public QueueFilter apply(QueueFilter filter, String viewer) {
    return switch (this) {
      case ALL -> filter;
      case OPEN ->
          filter.statuses().isEmpty()
              ? filter.withStatuses(of(ApplicationStatus::isClerksWork))
              : filter;
      case MINE -> {
        QueueFilter mine = filter.withAssignee(viewer);
        yield mine.statuses().isEmpty() ? mine.withStatuses(of(ApplicationStatus::isOpen)) : mine;
      }
    };
  }

  private static Set<ApplicationStatus> of(java.util.function.Predicate<ApplicationStatus> test) {
    Set<ApplicationStatus> statuses = EnumSet.noneOf(ApplicationStatus.class);
    Stream.of(ApplicationStatus.values()).filter(test).forEach(statuses::add);
    return statuses;
  }
}
