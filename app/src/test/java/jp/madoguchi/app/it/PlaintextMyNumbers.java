package jp.madoguchi.app.it;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.madoguchi.forms.japanese.MyNumber;

/**
 * Reads every text column of every table of the server's database and lists each 12-digit value
 * with a valid 個人番号 check digit stored in clear. Digits that are part of a longer token (a UUID, a
 * hash, a longer number) are not a value of their own and are not counted.
 */
final class PlaintextMyNumbers {

  /** One clear 個人番号: where it was found ({@code table.column}) and the value. */
  record Hit(String where, String value) {}

  private static final Pattern TWELVE_DIGITS =
      Pattern.compile("(?<![0-9A-Za-z-])[0-9]{12}(?![0-9A-Za-z])");

  private static final Set<Integer> TEXT_TYPES =
      Set.of(
          Types.CHAR,
          Types.VARCHAR,
          Types.LONGVARCHAR,
          Types.CLOB,
          Types.NCHAR,
          Types.NVARCHAR,
          Types.LONGNVARCHAR,
          Types.NCLOB);

  private PlaintextMyNumbers() {}

  static List<Hit> scan(TestDatabase database) {
    try (Connection connection = database.connect()) {
      List<Hit> hits = new ArrayList<>();
      for (Map.Entry<String, List<String>> table : textColumns(connection).entrySet()) {
        for (String column : table.getValue()) {
          scanColumn(connection, table.getKey(), column, hits);
        }
      }
      return hits;
    } catch (SQLException e) {
      throw new IllegalStateException("could not scan the database", e);
    }
  }

  /** Tables of the server's schema (PUBLIC on H2, the test schema on PostgreSQL) → text columns. */
  static Map<String, List<String>> textColumns(Connection connection) throws SQLException {
    Map<String, List<String>> columns = new LinkedHashMap<>();
    String schema = connection.getSchema();
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
      while (rs.next()) {
        String table = rs.getString("TABLE_NAME");
        if (table.startsWith("flyway_") || !TEXT_TYPES.contains(rs.getInt("DATA_TYPE"))) {
          continue;
        }
        columns.computeIfAbsent(table, t -> new ArrayList<>()).add(rs.getString("COLUMN_NAME"));
      }
    }
    return columns;
  }

  private static void scanColumn(Connection connection, String table, String column, List<Hit> out)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.setFetchSize(1_000);
      try (ResultSet rs =
          statement.executeQuery(
              "SELECT "
                  + quote(column)
                  + " FROM "
                  + quote(table)
                  + " WHERE "
                  + quote(column)
                  + " IS NOT NULL")) {
        while (rs.next()) {
          for (String number : in(rs.getString(1))) {
            out.add(new Hit(table + "." + column, number));
          }
        }
      }
    }
  }

  /** The 個人番号 standing as values of their own in {@code text}. */
  static List<String> in(String text) {
    List<String> numbers = new ArrayList<>();
    Matcher m = TWELVE_DIGITS.matcher(text);
    while (m.find()) {
      if (validMyNumber(m.group())) {
        numbers.add(m.group());
      }
    }
    return numbers;
  }

  static boolean validMyNumber(String twelveDigits) {
    return MyNumber.checkDigitFor(twelveDigits.substring(0, 11)) == twelveDigits.charAt(11) - '0';
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
