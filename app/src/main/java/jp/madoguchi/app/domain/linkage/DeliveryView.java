package jp.madoguchi.app.domain.linkage;

import java.time.Instant;
import java.util.UUID;

/** A delivery as IT staff and clerks see it in lists; no personal data. */
public record DeliveryView(
    UUID id,
    UUID applicationId,
    String receiptNumber,
    String procedureCode,
    String routeName,
    int routeVersion,
    String pattern,
    DeliveryStatus status,
    int attempts,
    Instant nextAttemptAt,
    String coreReference,
    String lastError,
    String flaggedReason,
    Instant createdAt,
    Instant updatedAt) {

  /** Where a delivery stands in the newest-first listing: creation time, then id. */
  public record Key(Instant createdAt, UUID id) {}

  public Key key() {
    return new Key(createdAt, id);
  }
}
