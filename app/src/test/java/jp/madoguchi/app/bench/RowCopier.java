package jp.madoguchi.app.bench;

import java.sql.Blob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The rows one submission stored (its application row and every row that points at it), read once
 * and inserted again under a new id and 受付番号: the plain-JDBC baseline of the intake benchmark.
 */
final class RowCopier {

  private record TableRows(String table, List<String> columns, List<Object[]> rows) {}

  private final List<TableRows> tables = new ArrayList<>();

  /** Reads the rows of the application stored under {@code receipt}. */
  static RowCopier of(Connection connection, String receipt) throws SQLException {
    RowCopier copier = new RowCopier();
    Object id;
    try (PreparedStatement find =
        connection.prepareStatement("SELECT id FROM application WHERE receipt_number = ?")) {
      find.setString(1, receipt);
      try (ResultSet rs = find.executeQuery()) {
        rs.next();
        id = rs.getObject(1);
      }
    }
    copier.read(connection, "application", "id", id);
    for (String table : tablesPointingAtApplications(connection)) {
      copier.read(connection, table, "application_id", id);
    }
    return copier;
  }

  /** Tables that hold rows of a submission (the linkage outbox aside: no route on receipt). */
  private static List<String> tablesPointingAtApplications(Connection connection)
      throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rs = connection.getMetaData().getColumns(null, null, "%", "application_id")) {
      while (rs.next()) {
        String table = rs.getString("TABLE_NAME").toLowerCase();
        String schema = rs.getString("TABLE_SCHEM");
        if (schema != null
            && schema.equalsIgnoreCase(connection.getSchema())
            && !tables.contains(table)) {
          tables.add(table);
        }
      }
    }
    return tables;
  }

  private void read(Connection connection, String table, String key, Object id)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT * FROM " + table + " WHERE " + key + " = ?")) {
      select.setObject(1, id);
      try (ResultSet rs = select.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
          String name = meta.getColumnName(c).toLowerCase();
          boolean generated =
              name.equals("id") && !table.equals("application") && !table.equals("attachment");
          if (!generated) {
            columns.add(name);
            kept.add(c);
          }
        }
        List<Object[]> rows = new ArrayList<>();
        while (rs.next()) {
          Object[] row = new Object[kept.size()];
          for (int i = 0; i < row.length; i++) {
            Object value = rs.getObject(kept.get(i));
            row[i] = value instanceof Blob blob ? blob.getBytes(1, (int) blob.length()) : value;
          }
          rows.add(row);
        }
        if (!rows.isEmpty()) {
          tables.add(new TableRows(table, columns, rows));
        }
      }
    }
  }

  /**
   * Inserts the rows again as a new application in the caller's transaction, child rows in one JDBC
   * batch per table, status changes without a feed position (the caller numbers them); answers the
   * new application's id.
   */
  UUID insertCopy(Connection connection, String receipt) throws SQLException {
    UUID applicationId = UUID.randomUUID();
    for (TableRows t : tables) {
      String sql =
          "INSERT INTO "
              + t.table()
              + " ("
              + String.join(", ", t.columns())
              + ") VALUES ("
              + String.join(", ", t.columns().stream().map(c -> "?").toList())
              + ")";
      try (PreparedStatement insert = connection.prepareStatement(sql)) {
        for (Object[] row : t.rows()) {
          for (int i = 0; i < row.length; i++) {
            insert.setObject(i + 1, value(t, i, row[i], applicationId, receipt));
          }
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
    return applicationId;
  }

  private static Object value(
      TableRows t, int column, Object original, UUID applicationId, String receipt) {
    String name = t.columns().get(column);
    return switch (name) {
      case "id" -> t.table().equals("application") ? applicationId : UUID.randomUUID();
      case "application_id" -> applicationId;
      case "receipt_number" -> receipt;
      case "feed_position" -> null;
      default -> original;
    };
  }

  /** What is copied, e.g. {@code application, attachment ×1, status_change ×1}. */
  String describe() {
    return String.join(", ", tables.stream().map(t -> t.table() + " ×" + t.rows().size()).toList());
  }
}
