package jp.madoguchi.app.domain.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Keyset cursor of the intake queue: the last item's receipt time and id. Oldest first, so new
 * arrivals only ever append and a clerk paging through never sees an item twice or misses one.
 */
public record QueuePosition(Instant receivedAt, UUID id) {

  public String encode() {
    String plain = receivedAt.toString() + "|" + id;
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
      String[] parts = plain.split("\\|", 2);
      return Optional.of(new QueuePosition(Instant.parse(parts[0]), UUID.fromString(parts[1])));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("cursor", e);
    }
  }
}
