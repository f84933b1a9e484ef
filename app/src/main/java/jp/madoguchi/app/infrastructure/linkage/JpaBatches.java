package jp.madoguchi.app.infrastructure.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.madoguchi.app.domain.linkage.Batches;
import jp.madoguchi.app.domain.linkage.DeliveryView;
import org.hibernate.Session;

/** Batches in {@code delivery_batch}; claims lock rows with {@code FOR UPDATE SKIP LOCKED}. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaBatches implements Batches {

  /** Statements sent per JDBC batch when a claim lists its items. */
  private static final int BATCH_ROWS = 500;

  private static final String EXPIRED =
      "SELECT id FROM delivery_batch WHERE acknowledged_at IS NULL AND released_at IS NULL"
          + " AND lease_until < ?1";

  @PersistenceContext(unitName = "madoguchi")
  EntityManager em;

  @Override
  public int releaseExpired(Instant now) {
    // batch rows first, in the lock order of an acknowledgement (batch, then its deliveries)
    @SuppressWarnings("unchecked")
    List<Object> expired =
        em.createNativeQuery(EXPIRED + " FOR UPDATE").setParameter(1, now).getResultList();
    int released = 0;
    for (Object id : expired) {
      released +=
          em.createNativeQuery(
                  "UPDATE delivery SET status = 'PENDING', batch_id = NULL, updated_at = ?1"
                      + " WHERE status = 'IN_BATCH' AND batch_id = ?2")
              .setParameter(1, now)
              .setParameter(2, NativeRows.uuid(id))
              .executeUpdate();
      em.createNativeQuery("UPDATE delivery_batch SET released_at = ?1 WHERE id = ?2")
          .setParameter(1, now)
          .setParameter(2, NativeRows.uuid(id))
          .executeUpdate();
    }
    return released;
  }

  @Override
  public List<UUID> claimPending(String procedureCode, int limit) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "SELECT id FROM delivery WHERE pattern = 'BATCH' AND status = 'PENDING'"
                    + " AND procedure_code = ?1 ORDER BY created_at, id LIMIT ?2"
                    + " FOR UPDATE SKIP LOCKED")
            .setParameter(1, procedureCode)
            .setParameter(2, limit)
            .getResultList();
    return ids.stream().map(NativeRows::uuid).toList();
  }

  private DeliveryView view(UUID id) {
    return JpaDeliveries.view(
        (Object[])
            em.createNativeQuery(JpaDeliveries.VIEW + "WHERE d.id = ?1")
                .setParameter(1, id)
                .getSingleResult());
  }

  @Override
  public void create(
      UUID batchId,
      String procedureCode,
      String createdBy,
      Instant now,
      Instant leaseUntil,
      List<UUID> deliveryIds,
      String mediaType) {
    em.createNativeQuery(
            "INSERT INTO delivery_batch (id, procedure_code, created_by, created_at, lease_until,"
                + " row_count, media_type) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .setParameter(1, batchId)
        .setParameter(2, procedureCode)
        .setParameter(3, createdBy)
        .setParameter(4, now)
        .setParameter(5, leaseUntil)
        .setParameter(6, deliveryIds.size())
        .setParameter(7, mediaType)
        .executeUpdate();
    // JDBC batches, a round trip per BATCH_ROWS items rather than two per item: a claim of 100,000
    // deliveries is one transaction of a few hundred statements' worth of round trips.
    OffsetDateTime updatedAt = now.atOffset(ZoneOffset.UTC);
    em.flush();
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement item =
                      connection.prepareStatement(
                          "INSERT INTO delivery_batch_item (batch_id, seq, delivery_id)"
                              + " VALUES (?, ?, ?)");
                  PreparedStatement move =
                      connection.prepareStatement(
                          "UPDATE delivery SET status = 'IN_BATCH', batch_id = ?, updated_at = ?"
                              + " WHERE id = ?")) {
                int seq = 0;
                for (UUID id : deliveryIds) {
                  item.setObject(1, batchId);
                  item.setInt(2, ++seq);
                  item.setObject(3, id);
                  item.addBatch();
                  move.setObject(1, batchId);
                  move.setObject(2, updatedAt);
                  move.setObject(3, id);
                  move.addBatch();
                  if (seq % BATCH_ROWS == 0) {
                    item.executeBatch();
                    move.executeBatch();
                  }
                }
                item.executeBatch();
                move.executeBatch();
              }
            });
  }

  @Override
  public List<RouteRef> routeVersions(UUID batchId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT DISTINCT d.procedure_code, r.route_name, d.route_version"
                    + " FROM delivery_batch_item i JOIN delivery d ON d.id = i.delivery_id"
                    + " JOIN linkage_route r ON r.id = d.route_id WHERE i.batch_id = ?1")
            .setParameter(1, batchId)
            .getResultList();
    return rows.stream()
        .map(r -> new RouteRef((String) r[0], (String) r[1], NativeRows.integer(r[2])))
        .toList();
  }

  @Override
  public void markMyNumberExported(UUID batchId) {
    em.createNativeQuery("UPDATE delivery_batch SET my_number_exported = TRUE WHERE id = ?1")
        .setParameter(1, batchId)
        .executeUpdate();
  }

  @Override
  public Optional<BatchFile> find(UUID batchId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT procedure_code, media_type, row_count, my_number_exported, content,"
                    + " acknowledged_at, released_at FROM delivery_batch WHERE id = ?1")
            .setParameter(1, batchId)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new BatchFile(
                    batchId,
                    (String) r[0],
                    (String) r[1],
                    NativeRows.integer(r[2]),
                    Boolean.TRUE.equals(r[3]),
                    r[4] == null ? null : NativeRows.bytes(r[4]),
                    r[5] == null && r[6] == null));
  }

  @Override
  public List<Item> items(UUID batchId, int afterSeq, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT seq, delivery_id FROM delivery_batch_item WHERE batch_id = ?1"
                    + " AND seq > ?2 ORDER BY seq LIMIT ?3")
            .setParameter(1, batchId)
            .setParameter(2, afterSeq)
            .setParameter(3, limit)
            .getResultList();
    return rows.stream()
        .map(r -> new Item(NativeRows.integer(r[0]), view(NativeRows.uuid(r[1]))))
        .toList();
  }

  @Override
  public Optional<Boolean> lockOpen(UUID batchId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT acknowledged_at, released_at FROM delivery_batch WHERE id = ?1 FOR UPDATE")
            .setParameter(1, batchId)
            .getResultList();
    return rows.stream().findFirst().map(r -> r[0] == null && r[1] == null);
  }

  @Override
  public boolean holdsReceipt(UUID batchId, String receiptNumber) {
    return NativeRows.number(
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM delivery_batch_item i JOIN delivery d"
                        + " ON d.id = i.delivery_id WHERE i.batch_id = ?1"
                        + " AND d.receipt_number = ?2")
                .setParameter(1, batchId)
                .setParameter(2, receiptNumber)
                .getSingleResult())
        > 0;
  }

  @Override
  public boolean reject(UUID deliveryId, String reason, Instant now) {
    return em.createNativeQuery(
                "UPDATE delivery SET status = 'PARKED', last_error = 'rejected by batch job',"
                    + " flagged_reason = ?1, updated_at = ?2 WHERE id = ?3"
                    + " AND status = 'IN_BATCH'")
            .setParameter(1, DeliveryAttempts.shorten("一括取込で差し戻し: " + reason))
            .setParameter(2, now)
            .setParameter(3, deliveryId)
            .executeUpdate()
        == 1;
  }

  @Override
  public void acknowledge(UUID batchId, Instant now) {
    em.createNativeQuery("UPDATE delivery_batch SET acknowledged_at = ?1 WHERE id = ?2")
        .setParameter(1, now)
        .setParameter(2, batchId)
        .executeUpdate();
  }

  @Override
  public void flag(UUID deliveryId, String reason) {
    em.createNativeQuery("UPDATE delivery SET flagged_reason = ?1 WHERE id = ?2")
        .setParameter(1, DeliveryAttempts.shorten(reason))
        .setParameter(2, deliveryId)
        .executeUpdate();
  }
}
