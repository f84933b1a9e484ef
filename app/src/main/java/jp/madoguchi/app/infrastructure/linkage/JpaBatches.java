package jp.madoguchi.app.infrastructure.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.madoguchi.app.domain.application.Applicant;
import jp.madoguchi.app.domain.application.EncryptedMyNumber;
import jp.madoguchi.app.domain.linkage.Batch;
import jp.madoguchi.app.domain.linkage.Batches;
import jp.madoguchi.app.domain.linkage.Delivery;
import jp.madoguchi.app.domain.linkage.StatusMove;
import jp.madoguchi.integration.config.DeliveryPattern;
import org.hibernate.Session;

/**
 * Batches in {@code delivery_batch}: {@link Batch} aggregates through JPA; native SQL for the claim
 * ({@code FOR UPDATE SKIP LOCKED}), the items of a new batch and the streamed pages of its file.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaBatches implements Batches {

  /** Items written per INSERT statement when a claim lists them (3 parameters each). */
  private static final int BATCH_ROWS = 1_000;

  @PersistenceContext(unitName = "madoguchi")
  EntityManager em;

  @Override
  public List<Batch> lockExpired(Instant now) {
    // batch rows first, in the lock order of an acknowledgement (batch, then its deliveries)
    return em.createQuery(
            "select b from Batch b where b.acknowledgedAt is null and b.releasedAt is null"
                + " and b.leaseUntil < :now",
            Batch.class)
        .setParameter("now", now)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public int release(UUID batchId, StatusMove move, Instant now) {
    return em.createNativeQuery(
            "UPDATE delivery SET status = ?1, batch_id = NULL, updated_at = ?2"
                + " WHERE status = ?3 AND batch_id = ?4")
        .setParameter(1, move.to().name())
        .setParameter(2, now)
        .setParameter(3, move.from().name())
        .setParameter(4, batchId)
        .executeUpdate();
  }

  @Override
  public List<UUID> claimPending(String procedureCode, int limit) {
    // a batch holds deliveries of one route version only (its header, columns and charset): the
    // oldest pending delivery not locked by another claim names the version, and only that
    // version's deliveries are claimed; the next claim takes the next version
    @SuppressWarnings("unchecked")
    List<Object[]> oldest =
        em.createNativeQuery(
                "SELECT route_id, route_version FROM delivery WHERE pattern = ?2"
                    + " AND status = ?3 AND procedure_code = ?1 ORDER BY created_at, id"
                    + " LIMIT 1 FOR UPDATE SKIP LOCKED")
            .setParameter(1, procedureCode)
            .setParameter(2, DeliveryPattern.BATCH.name())
            .setParameter(3, Delivery.ADD_TO_BATCH.from().name())
            .getResultList();
    if (oldest.isEmpty()) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "SELECT id FROM delivery WHERE pattern = ?5 AND status = ?6"
                    + " AND procedure_code = ?1 AND route_id = ?2 AND route_version = ?3"
                    + " ORDER BY created_at, id LIMIT ?4 FOR UPDATE SKIP LOCKED")
            .setParameter(5, DeliveryPattern.BATCH.name())
            .setParameter(6, Delivery.ADD_TO_BATCH.from().name())
            .setParameter(1, procedureCode)
            .setParameter(2, NativeRows.number(oldest.get(0)[0]))
            .setParameter(3, NativeRows.integer(oldest.get(0)[1]))
            .setParameter(4, limit)
            .getResultList();
    return ids.stream().map(NativeRows::uuid).toList();
  }

  @Override
  public void add(Batch batch, List<UUID> deliveryIds, StatusMove move, Instant now) {
    UUID batchId = batch.id();
    em.persist(batch);
    // The items go in as multi-row INSERTs of BATCH_ROWS rows each, then one UPDATE moves every
    // listed delivery into the batch: a claim of 100,000 deliveries is a few hundred statements,
    // not two per delivery.
    OffsetDateTime updatedAt = now.atOffset(ZoneOffset.UTC);
    em.flush();
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              int full = deliveryIds.size() / BATCH_ROWS;
              if (full > 0) {
                try (PreparedStatement items =
                    connection.prepareStatement(insertItems(BATCH_ROWS))) {
                  for (int chunk = 0; chunk < full; chunk++) {
                    bindItems(items, batchId, deliveryIds, chunk * BATCH_ROWS, BATCH_ROWS);
                    items.executeUpdate();
                  }
                }
              }
              int rest = deliveryIds.size() - full * BATCH_ROWS;
              if (rest > 0) {
                try (PreparedStatement items = connection.prepareStatement(insertItems(rest))) {
                  bindItems(items, batchId, deliveryIds, full * BATCH_ROWS, rest);
                  items.executeUpdate();
                }
              }
              try (PreparedStatement into =
                  connection.prepareStatement(
                      "UPDATE delivery SET status = ?, batch_id = ?, updated_at = ?"
                          + " WHERE status = ? AND id IN (SELECT delivery_id"
                          + " FROM delivery_batch_item WHERE batch_id = ?)")) {
                into.setString(1, move.to().name());
                into.setObject(2, batchId);
                into.setObject(3, updatedAt);
                into.setString(4, move.from().name());
                into.setObject(5, batchId);
                into.executeUpdate();
              }
            });
  }

  private static String insertItems(int rows) {
    StringBuilder sql =
        new StringBuilder("INSERT INTO delivery_batch_item (batch_id, seq, delivery_id) VALUES ");
    for (int i = 0; i < rows; i++) {
      sql.append(i == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
    }
    return sql.toString();
  }

  /** Binds the items {@code from}..{@code from + rows - 1} (places from + 1 on). */
  private static void bindItems(
      PreparedStatement items, UUID batchId, List<UUID> deliveryIds, int from, int rows)
      throws SQLException {
    int parameter = 0;
    for (int i = from; i < from + rows; i++) {
      items.setObject(++parameter, batchId);
      items.setInt(++parameter, i + 1);
      items.setObject(++parameter, deliveryIds.get(i));
    }
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
    // one query for the page's deliveries, not one per item
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT i.seq, "
                    + JpaDeliveries.VIEW.substring("SELECT ".length())
                    + "JOIN delivery_batch_item i ON i.delivery_id = d.id WHERE i.batch_id = ?1"
                    + " AND i.seq > ?2 AND i.seq <= ?3 ORDER BY i.seq")
            .setParameter(1, batchId)
            .setParameter(2, afterSeq)
            .setParameter(3, lastSeqOfPage(afterSeq, limit))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Item(
                    NativeRows.integer(r[0]),
                    JpaDeliveries.view(Arrays.copyOfRange(r, 1, r.length))))
        .toList();
  }

  /**
   * The last place of the page of {@code limit} rows after {@code afterSeq}: a batch's places are
   * 1..n without gaps (written once, by {@link #create}), so a page is a range of places.
   */
  private static int lastSeqOfPage(int afterSeq, int limit) {
    return (int) Math.min(Integer.MAX_VALUE, (long) afterSeq + limit);
  }

  @Override
  public List<Row> rows(UUID batchId, int afterSeq, int limit, boolean withForm) {
    // plain JDBC: one round trip per page, no entity enters the persistence context. The page is a
    // range of places (see lastSeqOfPage), so that the database reads only the page's rows: with
    // "seq > ? ORDER BY seq LIMIT ?" PostgreSQL, not yet knowing the new items' statistics, joined
    // every remaining row of the batch before sorting, for every page.
    String sql =
        "SELECT i.seq, d.id, d.procedure_code, r.route_name, d.route_version, a.receipt_number,"
            + " a.procedure_code, a.definition_version, a.applicant_name, a.applicant_name_kana,"
            + " a.applicant_birth_date, a.applicant_sex, a.applicant_postal_code,"
            + " a.applicant_address, a.applicant_phone, a.applicant_relationship,"
            + " a.my_number_cipher, a.my_number_key_id, a.my_number_last4, "
            + (withForm ? "a.form_json" : "NULL")
            + ", d.application_id"
            + " FROM delivery_batch_item i JOIN delivery d ON d.id = i.delivery_id"
            + " JOIN linkage_route r ON r.id = d.route_id"
            + " JOIN application a ON a.id = d.application_id"
            + " WHERE i.batch_id = ? AND i.seq > ? AND i.seq <= ? ORDER BY i.seq";
    List<Row> rows = new ArrayList<>(Math.min(limit, 10_000));
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement page = connection.prepareStatement(sql)) {
                page.setObject(1, batchId);
                page.setInt(2, afterSeq);
                page.setInt(3, lastSeqOfPage(afterSeq, limit));
                page.setFetchSize(Math.min(limit, 1_000));
                try (ResultSet rs = page.executeQuery()) {
                  while (rs.next()) {
                    rows.add(row(rs));
                  }
                }
              }
            });
    return rows;
  }

  private static Row row(ResultSet rs) throws SQLException {
    String cipher = rs.getString(17);
    String keyId = rs.getString(18);
    String lastFour = rs.getString(19);
    EncryptedMyNumber myNumber =
        cipher == null && keyId == null && lastFour == null
            ? null
            : new EncryptedMyNumber(cipher, keyId, lastFour);
    Applicant applicant =
        new Applicant(
            rs.getString(9),
            rs.getString(10),
            rs.getObject(11, LocalDate.class),
            rs.getString(12),
            rs.getString(13),
            rs.getString(14),
            rs.getString(15),
            rs.getString(16),
            myNumber);
    return new Row(
        rs.getInt(1),
        NativeRows.uuid(rs.getObject(2)),
        new RouteRef(rs.getString(3), rs.getString(4), rs.getInt(5)),
        rs.getString(6),
        rs.getString(7),
        rs.getInt(8),
        applicant,
        rs.getString(20),
        NativeRows.uuid(rs.getObject(21)));
  }

  @Override
  public Map<UUID, Map<String, EncryptedMyNumber>> formMyNumbers(Collection<UUID> applicationIds) {
    Map<UUID, Map<String, EncryptedMyNumber>> numbers = new HashMap<>();
    if (applicationIds.isEmpty()) {
      return numbers;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT n.application_id, n.field_path, n.my_number_cipher, n.my_number_key_id,"
                    + " n.my_number_last4 FROM application_my_number n"
                    + " JOIN application a ON a.id = n.application_id AND a.revision = n.revision"
                    + " WHERE n.application_id IN (?1)")
            .setParameter(1, List.copyOf(applicationIds))
            .getResultList();
    for (Object[] row : rows) {
      numbers
          .computeIfAbsent(NativeRows.uuid(row[0]), id -> new LinkedHashMap<>())
          .put(
              (String) row[1],
              new EncryptedMyNumber((String) row[2], (String) row[3], ((String) row[4]).strip()));
    }
    return numbers;
  }

  @Override
  public Optional<Batch> lock(UUID batchId) {
    return Optional.ofNullable(em.find(Batch.class, batchId, LockModeType.PESSIMISTIC_WRITE));
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
}
