package jp.madoguchi.app.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import jp.madoguchi.app.domain.account.ProcedureScope;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationStatus;
import jp.madoguchi.app.domain.application.IntakeQueue;
import jp.madoguchi.app.domain.application.QueueFilter;
import jp.madoguchi.app.domain.application.QueuePosition;
import jp.madoguchi.app.domain.application.ServiceLevels;
import jp.madoguchi.forms.japanese.JapaneseText;

/** The intake queue as JPQL with keyset pagination on (received_at, id). */
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
    String text = filter.text() == null ? "" : filter.text().strip();
    if (text.isEmpty()) {
      return select(filter, null, after, limit, levels, now);
    }
    // Two indexed queries rather than one OR that no index answers: the 受付番号 exactly (unique
    // index), and part of the name or kana (trigram indexes on PostgreSQL). Both keep the same
    // order and cursor, so the first page of their merge is the first page of the union.
    List<Application> byReceipt = select(filter, TextMatch.RECEIPT, after, limit, levels, now);
    List<Application> byName = select(filter, TextMatch.NAME, after, limit, levels, now);
    Map<UUID, Application> merged = new LinkedHashMap<>();
    Stream.concat(byReceipt.stream(), byName.stream())
        .sorted(Comparator.comparing(Application::receivedAt).thenComparing(Application::id))
        .forEach(application -> merged.putIfAbsent(application.id(), application));
    return merged.values().stream().limit(limit).toList();
  }

  private List<Application> select(
      QueueFilter filter,
      TextMatch match,
      Optional<QueuePosition> after,
      int limit,
      ServiceLevels levels,
      Instant now) {
    Where where = new Where();
    where.filter(filter, match);
    if (filter.overdueOnly()) {
      where.overdue(levels, now);
    }
    after.ifPresent(
        position ->
            where.add(
                "(a.receivedAt > :afterTime or (a.receivedAt = :afterTime and a.id > :afterId))",
                Map.of("afterTime", position.receivedAt(), "afterId", position.id())));
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

  /** Which half of the free-text search a query runs. */
  private enum TextMatch {
    RECEIPT,
    NAME
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
        text(filter.text().strip(), match);
      }
    }

    /** 受付番号 exactly, or part of the applicant's name or kana (any kana form typed). */
    private void text(String text, TextMatch match) {
      if (match == TextMatch.RECEIPT) {
        add("a.receiptNumber = :receipt", Map.of("receipt", text));
        return;
      }
      String kana =
          JapaneseText.hiraganaToKatakana(JapaneseText.halfWidthKanaToFullWidth(text))
              .replace(' ', '\u3000');
      add(
          "(a.applicant.name like :name escape '!' or a.applicant.nameKana like :kana escape '!')",
          Map.of(
              "name", "%" + escapeLike(text.replace(' ', '\u3000')) + "%",
              "kana", "%" + escapeLike(kana) + "%"));
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
