package jp.madoguchi.app.domain.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Keyset cursor of the intake queue: the last item's receipt time and id, and its 処理期限 when the
 * queue is sorted by due date ({@code due} null otherwise). New arrivals land where their order
 * puts them, and a clerk paging through never sees an item twice.
 */
public record QueuePosition(Instant receivedAt, UUID id, LocalDate due) {

  /** A position in the queue sorted by receipt. */
  public QueuePosition(Instant receivedAt, UUID id) {
    this(receivedAt, id, null);
  }

  public String encode() {
    String plain = receivedAt.toString() + "|" + id + (due == null ? "" : "|" + due);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  public static Optional<QueuePosition> decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return Optional.empty();
    }
    try {
      String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = plain.split("\\|", 3);
      return Optional.of(
          new QueuePosition(
              Instant.parse(parts[0]),
              UUID.fromString(parts[1]),
              parts.length == 3 ? LocalDate.parse(parts[2]) : null));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("cursor", e);
    }
  }
}
