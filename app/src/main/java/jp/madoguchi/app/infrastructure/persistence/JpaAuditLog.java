package jp.madoguchi.app.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.madoguchi.app.domain.audit.AuditAction;
import jp.madoguchi.app.domain.audit.AuditChain;
import jp.madoguchi.app.domain.audit.AuditEntry;
import jp.madoguchi.app.domain.audit.AuditLog;
import jp.madoguchi.app.domain.sequencing.SequencingStore;
import jp.madoguchi.app.domain.sequencing.UnsequencedWrites;

/**
 * The access log. A business transaction inserts its entry into {@code audit_pending}, unchained
 * and without locking anything shared; the sequencer ({@link JdbcSequencingStore}) numbers and
 * chains committed entries into {@code audit_entry} after the commit (docs/sequencing.md).
 */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

  private static final int VERIFY_BATCH = 1_000;

  @PersistenceContext(unitName = "madoguchi")
  EntityManager em;

  @Inject Clock clock;
  @Inject SequencingStore sequencing;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void append(String actor, AuditAction action, String target, String detail) {
    em.createNativeQuery(
            "INSERT INTO audit_pending (at, actor, action, target, detail)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, clock.instant().truncatedTo(ChronoUnit.MICROS))
        .setParameter(2, actor)
        .setParameter(3, action.name())
        .setParameter(4, target)
        .setParameter(5, detail)
        .executeUpdate();
    UnsequencedWrites.note();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void appendAll(List<NewEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    OffsetDateTime at = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    JdbcBatchInsert.insert(
        em,
        "INSERT INTO audit_pending (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)",
        entries,
        (insert, entry) -> {
          insert.setObject(1, at);
          insert.setString(2, entry.actor());
          insert.setString(3, entry.action().name());
          insert.setString(4, entry.target());
          insert.setString(5, entry.detail());
        });
    UnsequencedWrites.note();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void appendAlone(String actor, AuditAction action, String target, String detail) {
    append(actor, action, target, detail);
  }

  @Override
  @Transactional
  public List<AuditEntry> search(AuditQuery query, long beforeSeq, int limit) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (beforeSeq > 0) {
      conditions.add("e.seq < :before");
      parameters.put("before", beforeSeq);
    }
    if (query.actor() != null) {
      conditions.add("e.actor = :actor");
      parameters.put("actor", query.actor());
    }
    if (query.action() != null) {
      conditions.add("e.action = :action");
      parameters.put("action", query.action());
    }
    if (query.target() != null) {
      conditions.add("e.target = :target");
      parameters.put("target", query.target());
    }
    if (query.from() != null) {
      conditions.add("e.at >= :from");
      parameters.put("from", query.from());
    }
    if (query.to() != null) {
      conditions.add("e.at < :to");
      parameters.put("to", query.to());
    }
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    TypedQuery<AuditEntry> select =
        em.createQuery(
            "select e from AuditEntry e" + where + " order by e.seq desc", AuditEntry.class);
    parameters.forEach(select::setParameter);
    return select.setMaxResults(limit).getResultList();
  }

  /**
   * Checks the chain up to the head as read first (entries and head are written by one round's
   * transaction, so everything up to it is there), then that no entry lies beyond the head as read
   * last (an inserted one would).
   */
  @Override
  @Transactional
  public Verification verify(Duration pendingBound) {
    Object[] head = head();
    long headSeq = ((Number) head[0]).longValue();
    AuditChain chain = AuditChain.start();
    while (chain.lastSeq() < headSeq) {
      List<AuditEntry> batch =
          em.createQuery(
                  "select e from AuditEntry e where e.seq > :after and e.seq <= :head"
                      + " order by e.seq",
                  AuditEntry.class)
              .setParameter("after", chain.lastSeq())
              .setParameter("head", headSeq)
              .setMaxResults(VERIFY_BATCH)
              .getResultList();
      em.clear();
      if (batch.isEmpty()) {
        return outcome(false, chain.lastSeq() + 1, pendingBound);
      }
      for (AuditEntry entry : batch) {
        if (!chain.follows(entry)) {
          return outcome(false, Math.min(entry.seq(), chain.lastSeq() + 1), pendingBound);
        }
      }
    }
    if (!chain.endsAt(headSeq, (String) head[1])) {
      return outcome(false, headSeq, pendingBound);
    }
    Long last = em.createQuery("select max(e.seq) from AuditEntry e", Long.class).getSingleResult();
    long headNow = ((Number) head()[0]).longValue();
    if (last != null && last > headNow) {
      return outcome(false, headNow + 1, pendingBound);
    }
    return outcome(true, null, pendingBound);
  }

  private Object[] head() {
    return (Object[])
        em.createNativeQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")
            .getSingleResult();
  }

  private Verification outcome(boolean valid, Long firstBroken, Duration pendingBound) {
    long pending =
        ((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_pending").getSingleResult())
            .longValue();
    Long oldest = sequencing.oldestWaiting().map(Duration::toMillis).orElse(null);
    boolean withinBound = oldest == null || oldest <= pendingBound.toMillis();
    return new Verification(valid, count(), firstBroken, pending, oldest, withinBound);
  }

  private long count() {
    return em.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult();
  }
}
