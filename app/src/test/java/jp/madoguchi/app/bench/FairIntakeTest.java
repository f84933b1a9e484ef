package jp.madoguchi.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.madoguchi.app.domain.audit.AuditAction;
import jp.madoguchi.app.domain.audit.AuditChain;
import jp.madoguchi.app.domain.audit.AuditEntry;
import jp.madoguchi.app.it.TestDatabase;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fair baseline's replay of the sequenced intake on H2 migrated by the real migrations: every
 * replayed submission ends numbered in the feed, counted and chained in the access log, by the
 * baseline's own sequencers (two "nodes"), and the chain verifies.
 */
class FairIntakeTest {

  private static final Instant RECEIVED = Instant.parse("2026-04-01T03:00:00Z");

  @TempDir Path directory;
  private TestDatabase database;

  @BeforeEach
  void migrate() throws SQLException {
    database = TestDatabase.freshH2(directory);
    try (Connection keepOpen = database.connect()) {
      JdbcDataSource dataSource = new JdbcDataSource();
      dataSource.setURL(keepOpen.getMetaData().getURL());
      dataSource.setUser("sa");
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .placeholders(Map.of("binary_type", "BINARY LARGE OBJECT"))
          .load()
          .migrate();
    }
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void everyReplayedSubmissionIsNumberedCountedAndChainedByTheBaselinesSequencers()
      throws Exception {
    stored("TEMPLATE-1");
    FairIntake replay;
    try (Connection connection = database.connect()) {
      replay = FairIntake.of(connection, "TEMPLATE-1");
    }
    assertThat(replay.describe()).contains("application ×1", "status_change ×1");

    IntakeLoad.Result result = JdbcBaseline.run(database, replay, "JTEST", 4, 40, 2);

    assertThat(result.perSecond()).isPositive();
    assertThat(longs("SELECT COUNT(*) FROM status_change WHERE feed_position IS NULL"))
        .containsExactly(0L);
    assertThat(longs("SELECT COUNT(*) FROM audit_pending")).containsExactly(0L);
    assertThat(longs("SELECT feed_position FROM status_change ORDER BY feed_position"))
        .hasSize(41)
        .startsWith(1L, 2L)
        .endsWith(41L);
    assertThat(longs("SELECT position FROM feed_counter")).containsExactly(41L);
    assertThat(longs("SELECT applications FROM queue_count WHERE status = 'RECEIVED'"))
        .containsExactly(40L);
    assertThat(chainVerifies()).isEqualTo(40);
  }

  /**
   * The entries from 1 to the head, each numbered after the previous one, hashed onto its hash and
   * with the hash the server's {@link AuditEntry} computes; answers their count.
   */
  private long chainVerifies() throws SQLException {
    String previous = AuditChain.GENESIS;
    long seq = 0;
    try (Connection connection = database.connect();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT seq, at, actor, action, target, detail, prev_hash, hash FROM audit_entry"
                    + " ORDER BY seq");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        assertThat(rows.getLong(1)).isEqualTo(seq + 1);
        assertThat(rows.getString(7).strip()).isEqualTo(previous);
        AuditEntry recomputed =
            new AuditEntry(
                rows.getLong(1),
                rows.getObject(2, OffsetDateTime.class).toInstant(),
                rows.getString(3),
                AuditAction.valueOf(rows.getString(4)),
                rows.getString(5),
                rows.getString(6),
                previous);
        assertThat(rows.getString(8).strip()).isEqualTo(recomputed.computeHash());
        previous = rows.getString(8).strip();
        seq++;
      }
      try (PreparedStatement head =
              connection.prepareStatement("SELECT last_seq, last_hash FROM audit_head");
          ResultSet end = head.executeQuery()) {
        end.next();
        assertThat(end.getLong(1)).isEqualTo(seq);
        assertThat(end.getString(2).strip()).isEqualTo(previous);
      }
    }
    return seq;
  }

  /** A stored submission as the server leaves it: application, RECEIVED change, sequenced. */
  private void stored(String receipt) throws SQLException {
    UUID id = UUID.randomUUID();
    try (Connection c = database.connect()) {
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO application (id, receipt_number, procedure_code, definition_version,"
                  + " municipality_code, status, version, submitted_at, received_at, updated_at,"
                  + " request_sha256, applicant_name, applicant_name_kana, applicant_birth_date,"
                  + " applicant_postal_code, applicant_address, applicant_phone,"
                  + " applicant_relationship, form_json) VALUES (?, ?, 'CC-02', 1, '131016',"
                  + " 'RECEIVED', 0, ?, ?, ?, ?, 'テスト', 'テスト', DATE '1990-01-01',"
                  + " '1000001', 'テスト', '0300000000', '本人', '{}')")) {
        insert.setObject(1, id);
        insert.setString(2, receipt);
        for (int i = 3; i <= 5; i++) {
          insert.setObject(i, RECEIVED.atOffset(ZoneOffset.UTC));
        }
        insert.setString(6, "0".repeat(64));
        insert.executeUpdate();
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO status_change (application_id, from_status, to_status, actor,"
                  + " changed_at, feed_position) VALUES (?, NULL, 'RECEIVED', 'portal', ?, 1)")) {
        insert.setObject(1, id);
        insert.setObject(2, RECEIVED.atOffset(ZoneOffset.UTC));
        insert.executeUpdate();
      }
      try (PreparedStatement counter =
          c.prepareStatement("UPDATE feed_counter SET position = 1 WHERE id = 1")) {
        counter.executeUpdate();
      }
    }
  }

  private List<Long> longs(String sql) throws SQLException {
    List<Long> values = new ArrayList<>();
    try (Connection connection = database.connect();
        PreparedStatement select = connection.prepareStatement(sql);
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        values.add(rows.getLong(1));
      }
    }
    return values;
  }
}
