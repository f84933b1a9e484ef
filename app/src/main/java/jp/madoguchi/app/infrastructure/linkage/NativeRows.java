package jp.madoguchi.app.infrastructure.linkage;

import java.nio.ByteBuffer;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;

/** Reads the column values of native query rows, whichever Java type the JDBC driver chose. */
final class NativeRows {

  private NativeRows() {}

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    throw new IllegalStateException("not a timestamp: " + value.getClass().getName());
  }

  static UUID uuid(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof UUID uuid) {
      return uuid;
    }
    if (value instanceof byte[] bytes && bytes.length == 16) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      return new UUID(buffer.getLong(), buffer.getLong());
    }
    return UUID.fromString(value.toString());
  }

  static int integer(Object value) {
    return ((Number) value).intValue();
  }

  static long number(Object value) {
    return ((Number) value).longValue();
  }

  static String text(Object value) {
    if (value instanceof Clob clob) {
      try {
        return clob.getSubString(1, (int) clob.length());
      } catch (SQLException e) {
        throw new IllegalStateException("text column unreadable", e);
      }
    }
    return value == null ? null : value.toString();
  }

  static byte[] bytes(Object value) {
    if (value instanceof Blob blob) {
      try {
        return blob.getBytes(1, (int) blob.length());
      } catch (SQLException e) {
        throw new IllegalStateException("binary column unreadable", e);
      }
    }
    return (byte[]) value;
  }
}
