package jp.madoguchi.app.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.madoguchi.app.domain.audit.AuditChain;
import jp.madoguchi.app.domain.audit.AuditEntry;
import jp.madoguchi.app.domain.audit.PendingAuditEntry;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sequencer's SQL on an H2 database migrated by the real migrations. */
class JdbcSequencingStoreTest {

  private static final Instant NOW = Instant.parse("2026-04-01T03:00:00Z");

  private JdbcDataSource dataSource;
  private JdbcSequencingStore store;

  @BeforeEach
  void migrate() {
    dataSource = new JdbcDataSource();
    dataSource.setURL(
        "jdbc:h2:mem:seq-"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .placeholders(Map.of("binary_type", "BINARY LARGE OBJECT"))
        .load()
        .migrate();
    store = new JdbcSequencingStore();
    store.dataSource = dataSource;
    store.database = new DatabaseKind();
    store.database.dataSource = dataSource;
    store.clock = Clock.fixed(NOW, ZoneOffset.UTC);
  }

  @Test
  void aRoundNumbersChangesAfterTheCounterAndMovesTheDashboardCounts() throws Exception {
    UUID application = application("CC-01");
    statusChange(application, null, "RECEIVED");
    statusChange(application, "RECEIVED", "UNDER_REVIEW");

    var round = store.sequence(500);

    assertThat(round.changes()).isEqualTo(2);
    assertThat(column("SELECT feed_position FROM status_change ORDER BY id"))
        .containsExactly("1", "2");
    assertThat(column("SELECT position FROM feed_counter")).containsExactly("2");
    assertThat(column("SELECT status || '=' || applications FROM queue_count ORDER BY status"))
        .containsExactly("UNDER_REVIEW=1");
  }

  @Test
  void aRoundChainsPendingEntriesAndEmptiesThePendingTable() throws Exception {
    pendingEntry("clerk", "R-1");
    pendingEntry("clerk", "R-2");

    var round = store.sequence(500);

    assertThat(round.entries()).isEqualTo(2);
    assertThat(column("SELECT COUNT(*) FROM audit_pending")).containsExactly("0");
    AuditChain check = AuditChain.start();
    for (AuditEntry entry : chained()) {
      assertThat(check.follows(entry)).isTrue();
    }
    assertThat(check.lastSeq()).isEqualTo(2);
    assertThat(column("SELECT last_seq || ':' || last_hash FROM audit_head"))
        .containsExactly("2:" + check.lastHash());
  }

  @Test
  void aFullRoundLeavesTheRestForTheNextWhichContinuesTheChain() throws Exception {
    for (int i = 0; i < 5; i++) {
      pendingEntry("clerk", "R-" + i);
    }

    assertThat(store.sequence(3).full(3)).isTrue();
    assertThat(store.sequence(3).entries()).isEqualTo(2);

    AuditChain check = AuditChain.start();
    assertThat(chained()).allMatch(check::follows).hasSize(5);
  }

  @Test
  void withNothingWaitingARoundChangesNothing() {
    assertThat(store.sequence(500).changes()).isZero();
    assertThat(store.oldestWaiting()).isEmpty();
  }

  @Test
  void theOldestWaitingEntryIsMeasuredAgainstTheClock() throws Exception {
    pendingEntry("clerk", "R-1");

    assertThat(store.oldestWaiting()).hasValueSatisfying(age -> assertThat(age).hasSeconds(60));
  }

  private UUID application(String procedure) throws SQLException {
    UUID id = UUID.randomUUID();
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO application (id, receipt_number, procedure_code, definition_version,"
                    + " municipality_code, status, version, submitted_at, received_at, updated_at,"
                    + " request_sha256, applicant_name, applicant_name_kana, applicant_birth_date,"
                    + " applicant_postal_code, applicant_address, applicant_phone,"
                    + " applicant_relationship, form_json) VALUES (?, ?, ?, 1, '131016',"
                    + " 'UNDER_REVIEW', 1, ?, ?, ?, ?, 'テスト', 'テスト', DATE '1990-01-01',"
                    + " '1000001', 'テスト', '0300000000', '本人', '{}')")) {
      insert.setObject(1, id);
      insert.setString(2, "SEQ-" + id);
      insert.setString(3, procedure);
      for (int i = 4; i <= 6; i++) {
        insert.setObject(i, NOW.atOffset(ZoneOffset.UTC));
      }
      insert.setString(7, "0".repeat(64));
      insert.executeUpdate();
    }
    return id;
  }

  private void statusChange(UUID application, String from, String to) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO status_change (application_id, from_status, to_status, actor,"
                    + " changed_at) VALUES (?, ?, ?, 'clerk', ?)")) {
      insert.setObject(1, application);
      insert.setString(2, from);
      insert.setString(3, to);
      insert.setObject(4, NOW.atOffset(ZoneOffset.UTC));
      insert.executeUpdate();
    }
  }

  private void pendingEntry(String actor, String target) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO audit_pending (at, actor, action, target) VALUES (?, ?, ?, ?)")) {
      insert.setObject(1, NOW.minusSeconds(60).atOffset(ZoneOffset.UTC));
      insert.setString(2, actor);
      insert.setString(3, "APPLICATION_VIEWED");
      insert.setString(4, target);
      insert.executeUpdate();
    }
  }

  /** The chained entries as the domain sees them, rebuilt from their rows. */
  private List<AuditEntry> chained() throws SQLException {
    List<AuditEntry> entries = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        ResultSet rows =
            c.createStatement()
                .executeQuery(
                    "SELECT seq, at, actor, action, target, detail, prev_hash, hash"
                        + " FROM audit_entry ORDER BY seq")) {
      while (rows.next()) {
        AuditChain one = new AuditChain(rows.getLong(1) - 1, rows.getString(7));
        AuditEntry rebuilt =
            one.link(
                new PendingAuditEntry(
                    0,
                    rows.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                    rows.getString(3),
                    rows.getString(4),
                    rows.getString(5),
                    rows.getString(6)));
        assertThat(rebuilt.hash())
            .as("stored hash of " + rows.getLong(1))
            .isEqualTo(rows.getString(8));
        entries.add(rebuilt);
      }
    }
    return entries;
  }

  private List<String> column(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        ResultSet rows = c.createStatement().executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
