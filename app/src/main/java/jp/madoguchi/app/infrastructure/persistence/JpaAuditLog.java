package jp.madoguchi.app.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.madoguchi.app.domain.audit.AuditAction;
import jp.madoguchi.app.domain.audit.AuditEntry;
import jp.madoguchi.app.domain.audit.AuditLog;

/**
 * The access log in {@code audit_entry}. Writers lock {@code audit_head} (the chain's last number
 * and hash) until they commit, so the chain has no gaps and no forks even with several nodes. On
 * PostgreSQL the entry and the new head are written by one statement.
 */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

  private static final int VERIFY_BATCH = 1_000;

  @PersistenceContext(unitName = "madoguchi")
  EntityManager em;

  @Inject Clock clock;
  @Inject DatabaseKind database;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void append(String actor, AuditAction action, String target, String detail) {
    Object[] head =
        (Object[])
            em.createNativeQuery(
                    "SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .getSingleResult();
    long seq = ((Number) head[0]).longValue() + 1;
    AuditEntry entry =
        new AuditEntry(
            seq,
            clock.instant().truncatedTo(ChronoUnit.MICROS),
            actor,
            action,
            target,
            detail,
            ((String) head[1]).trim());
    if (database.isPostgreSql()) {
      // the entry and the new head in one statement: one round trip less under the head's lock
      em.createNativeQuery(
              "WITH entry AS (INSERT INTO audit_entry"
                  + " (seq, at, actor, action, target, detail, prev_hash, hash)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8))"
                  + " UPDATE audit_head SET last_seq = ?1, last_hash = ?8 WHERE id = 1")
          .setParameter(1, entry.seq())
          .setParameter(2, entry.at())
          .setParameter(3, entry.actor())
          .setParameter(4, entry.action())
          .setParameter(5, entry.target())
          .setParameter(6, entry.detail())
          .setParameter(7, entry.previousHash())
          .setParameter(8, entry.hash())
          .executeUpdate();
      return;
    }
    em.persist(entry);
    em.createNativeQuery("UPDATE audit_head SET last_seq = ?1, last_hash = ?2 WHERE id = 1")
        .setParameter(1, seq)
        .setParameter(2, entry.hash())
        .executeUpdate();
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

  @Override
  @Transactional
  public Verification verify() {
    String expectedPrevious = "0".repeat(64);
    long expectedSeq = 1;
    long checked = 0;
    while (true) {
      List<AuditEntry> batch =
          em.createQuery(
                  "select e from AuditEntry e where e.seq >= :from order by e.seq",
                  AuditEntry.class)
              .setParameter("from", expectedSeq)
              .setMaxResults(VERIFY_BATCH)
              .getResultList();
      for (AuditEntry entry : batch) {
        boolean intact =
            entry.seq() == expectedSeq
                && entry.previousHash().trim().equals(expectedPrevious)
                && entry.computeHash().equals(entry.hash().trim());
        if (!intact) {
          return new Verification(false, count(), Math.min(entry.seq(), expectedSeq));
        }
        expectedPrevious = entry.hash().trim();
        expectedSeq++;
        checked++;
      }
      em.clear();
      if (batch.size() < VERIFY_BATCH) {
        break;
      }
    }
    Object[] head =
        (Object[])
            em.createNativeQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")
                .getSingleResult();
    boolean headMatches =
        ((Number) head[0]).longValue() == checked
            && ((String) head[1]).trim().equals(expectedPrevious);
    return headMatches
        ? new Verification(true, checked, null)
        : new Verification(false, checked, checked + 1);
  }

  private long count() {
    return em.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult();
  }
}
