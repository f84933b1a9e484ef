package jp.madoguchi.app.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import jp.madoguchi.app.domain.account.ProcedureScope;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationStatus;
import jp.madoguchi.app.domain.application.IntakeQueue;
import jp.madoguchi.app.domain.application.QueueFilter;
import jp.madoguchi.app.domain.application.QueueOrder;
import jp.madoguchi.app.domain.application.QueuePosition;
import jp.madoguchi.app.domain.application.ServiceLevels;
import jp.madoguchi.forms.japanese.JapaneseText;

/**
 * The intake queue as JPQL with keyset pagination on (received_at, id), or on (due date,
 * received_at, id) when sorted by 処理期限.
 */
@ApplicationScoped
public class JpaIntakeQueue implements IntakeQueue {

  private static final List<ApplicationStatus> OPEN =
      List.of(ApplicationStatus.values()).stream().filter(ApplicationStatus::isOpen).toList();

  @PersistenceContext(unitName = "madoguchi")
  EntityManager em;

  @Inject QueueCountTable counts;

  @Override
  @Transactional
  public List<Application> page(
      QueueFilter filter,
      Optional<QueuePosition> after,
      int limit,
      ServiceLevels levels,
      Instant now) {
    // Text: two indexed queries rather than one OR that no index answers: the 受付番号 exactly
    // (unique index), and part of the name or kana search key (trigram indexes on PostgreSQL).
    // By due date: one query per 標準処理期間 (within one, receipt order is due order). Every query
    // keeps the same order and cursor, so the first page of their merge is the first page of the
    // union.
    List<TextMatch> matches = new ArrayList<>();
    if (receipt(filter) == null) {
      matches.add(null);
    } else {
      matches.add(TextMatch.RECEIPT);
      if (filter.searchKey() != null) {
        matches.add(TextMatch.NAME);
      }
    }
    Comparator<Application> order =
        filter.order() == QueueOrder.DUE
            ? Comparator.comparing(levels::dueDate)
                .thenComparing(Application::receivedAt)
                .thenComparing(Application::id, JpaIntakeQueue::databaseOrder)
            : Comparator.comparing(Application::receivedAt)
                .thenComparing(Application::id, JpaIntakeQueue::databaseOrder);
    Map<UUID, Application> merged = new LinkedHashMap<>();
    List<Application> found = new ArrayList<>();
    for (Slice slice : Slice.of(filter.order(), levels)) {
      for (TextMatch match : matches) {
        found.addAll(select(filter, match, slice, after, limit, levels, now));
      }
    }
    found.stream()
        .sorted(order)
        .forEach(application -> merged.putIfAbsent(application.id(), application));
    return merged.values().stream().limit(limit).toList();
  }

  /**
   * UUIDs in the order of the database's {@code id >} (unsigned, byte by byte, on PostgreSQL and
   * H2), not {@link UUID#compareTo}'s signed one: the merge of the slices must agree with the
   * cursor, or applications received at the same instant would be listed twice or skipped.
   */
  static int databaseOrder(UUID a, UUID b) {
    int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return high != 0
        ? high
        : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  }

  @Override
  @Transactional
  public long count(QueueFilter filter, ServiceLevels levels, Instant now) {
    boolean onlyStatusAndProcedure =
        receipt(filter) == null
            && filter.receivedFrom() == null
            && filter.receivedTo() == null
            && filter.assignee() == null
            && !filter.overdueOnly();
    if (onlyStatusAndProcedure) {
      return counts.total(filter.statuses(), filter.procedureCode(), filter.scope());
    }
    Where where = new Where();
    where.filter(filter, receipt(filter) == null ? null : TextMatch.EITHER);
    if (filter.overdueOnly()) {
      where.overdue(levels, now);
    }
    TypedQuery<UUID> query = em.createQuery("select a.id from Application a" + where, UUID.class);
    where.bind(query);
    return query.setMaxResults(COUNT_LIMIT + 1).getResultList().size();
  }

  /** The term as a 受付番号 (全角 folded), or null when there is no search. */
  private static String receipt(QueueFilter filter) {
    String text = filter.text() == null ? "" : JapaneseText.nfkc(filter.text()).strip();
    return text.isEmpty() ? null : text;
  }

  private List<Application> select(
      QueueFilter filter,
      TextMatch match,
      Slice slice,
      Optional<QueuePosition> after,
      int limit,
      ServiceLevels levels,
      Instant now) {
    Where where = new Where();
    where.filter(filter, match);
    where.slice(slice);
    if (filter.overdueOnly()) {
      where.overdue(levels, now);
    }
    after.ifPresent(position -> where.after(position, slice));
    TypedQuery<Application> query =
        em.createQuery(
            "select a from Application a" + where + " order by a.receivedAt, a.id",
            Application.class);
    where.bind(query);
    return query.setMaxResults(limit).getResultList();
  }

  /** Counts from {@code queue_count}, kept with every status change. */
  @Override
  @Transactional
  public Map<ApplicationStatus, Long> countByStatus(ProcedureScope scope) {
    return counts.byStatus(scope);
  }

  @Override
  @Transactional
  public Map<String, Long> openByProcedure(ProcedureScope scope) {
    return counts.openByProcedure(scope);
  }

  @Override
  @Transactional
  public long overdue(ServiceLevels levels, Instant now, ProcedureScope scope) {
    return counts.overdue(levels, now, scope);
  }

  /** Which half of the free-text search a query runs (both at once for counting). */
  private enum TextMatch {
    RECEIPT,
    NAME,
    EITHER
  }

  /**
   * The procedures sharing one 標準処理期間 ({@code days}): {@code only} these codes, or all {@code
   * except} those; one slice without either for the queue in receipt order.
   */
  private record Slice(int days, List<String> only, List<String> except) {

    static List<Slice> of(QueueOrder order, ServiceLevels levels) {
      if (order != QueueOrder.DUE) {
        return List.of(new Slice(0, null, null));
      }
      Map<Integer, List<String>> byDays = new TreeMap<>();
      levels
          .daysByProcedure()
          .forEach(
              (code, days) -> {
                if (days != levels.defaultDays()) {
                  byDays.computeIfAbsent(days, d -> new ArrayList<>()).add(code);
                }
              });
      List<String> special = byDays.values().stream().flatMap(List::stream).sorted().toList();
      List<Slice> slices = new ArrayList<>();
      slices.add(new Slice(levels.defaultDays(), null, special.isEmpty() ? null : special));
      byDays.forEach(
          (days, codes) -> slices.add(new Slice(days, codes.stream().sorted().toList(), null)));
      return slices;
    }
  }

  /** A conjunction of JPQL conditions with their named parameters. */
  private static final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    void add(String condition, Map<String, Object> values) {
      conditions.add(condition);
      parameters.putAll(values);
    }

    void filter(QueueFilter filter, TextMatch match) {
      if (!filter.statuses().isEmpty()) {
        add("a.status in :statuses", Map.of("statuses", List.copyOf(filter.statuses())));
      }
      if (!filter.scope().all()) {
        // 担当手続の限定, in the query itself so that paging and the overdue listing stay right
        add(
            filter.scope().codes().isEmpty() ? "1 = 0" : "a.procedureCode in :scope",
            filter.scope().codes().isEmpty()
                ? Map.of()
                : Map.of("scope", filter.scope().sortedCodes()));
      }
      if (filter.procedureCode() != null) {
        add("a.procedureCode = :procedure", Map.of("procedure", filter.procedureCode()));
      }
      if (filter.receivedFrom() != null) {
        add("a.receivedAt >= :from", Map.of("from", filter.receivedFrom()));
      }
      if (filter.receivedTo() != null) {
        add("a.receivedAt < :to", Map.of("to", filter.receivedTo()));
      }
      if (filter.assignee() != null) {
        add("a.assignee = :assignee", Map.of("assignee", filter.assignee()));
      }
      if (match != null) {
        text(receipt(filter), filter.searchKey(), match);
      }
    }

    /**
     * 受付番号 exactly, or part of the applicant's name or kana as {@link
     * jp.madoguchi.app.domain.application.SearchKey} folds them: columns compared as stored, so the
     * trigram indexes answer.
     */
    private void text(String receipt, String key, TextMatch match) {
      String byKey = "a.searchName like :key escape '!' or a.searchKana like :key escape '!'";
      switch (match) {
        case RECEIPT -> add("a.receiptNumber = :receipt", Map.of("receipt", receipt));
        case NAME -> add("(" + byKey + ")", Map.of("key", "%" + escapeLike(key) + "%"));
        case EITHER ->
            add(
                key == null
                    ? "a.receiptNumber = :receipt"
                    : "(a.receiptNumber = :receipt or " + byKey + ")",
                key == null
                    ? Map.of("receipt", receipt)
                    : Map.of("receipt", receipt, "key", "%" + escapeLike(key) + "%"));
      }
    }

    void slice(Slice slice) {
      if (slice.only() != null) {
        add("a.procedureCode in :sliceOnly", Map.of("sliceOnly", slice.only()));
      }
      if (slice.except() != null) {
        add("a.procedureCode not in :sliceExcept", Map.of("sliceExcept", slice.except()));
      }
    }

    /**
     * After the cursor: by receipt, (received_at, id) greater; by due date, in a slice of {@code
     * days}, a later due date (received on a later day) or the same one and (received_at, id)
     * greater.
     */
    void after(QueuePosition position, Slice slice) {
      String later =
          "(a.receivedAt > :afterTime or (a.receivedAt = :afterTime and a.id > :afterId))";
      if (position.due() == null) {
        add(later, Map.of("afterTime", position.receivedAt(), "afterId", position.id()));
        return;
      }
      LocalDate receivedOnDue = position.due().minusDays(slice.days());
      add(
          "(a.receivedAt >= :nextDay or (a.receivedAt >= :sameDay and " + later + "))",
          Map.of(
              "nextDay", receivedOnDue.plusDays(1).atStartOfDay(ServiceLevels.JAPAN).toInstant(),
              "sameDay", receivedOnDue.atStartOfDay(ServiceLevels.JAPAN).toInstant(),
              "afterTime", position.receivedAt(),
              "afterId", position.id()));
    }

    void overdue(ServiceLevels levels, Instant now) {
      List<String> perProcedure = new ArrayList<>();
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("openStatuses", OPEN);
      int i = 0;
      for (String code : levels.daysByProcedure().keySet()) {
        perProcedure.add("(a.procedureCode = :p" + i + " and a.receivedAt < :c" + i + ")");
        values.put("p" + i, code);
        values.put("c" + i, levels.overdueCutoff(code, now));
        i++;
      }
      String others =
          levels.daysByProcedure().isEmpty()
              ? "a.receivedAt < :defaultCutoff"
              : "(a.procedureCode not in :overridden and a.receivedAt < :defaultCutoff)";
      if (!levels.daysByProcedure().isEmpty()) {
        values.put("overridden", List.copyOf(levels.daysByProcedure().keySet()));
      }
      values.put("defaultCutoff", levels.overdueCutoff("", now));
      perProcedure.add(others);
      add("a.status in :openStatuses and (" + String.join(" or ", perProcedure) + ")", values);
    }

    void bind(TypedQuery<?> query) {
      parameters.forEach(query::setParameter);
    }

    @Override
    public String toString() {
      return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static String escapeLike(String text) {
      return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
  }
}
