package jp.madoguchi.integration.port;

import java.util.Objects;
import java.util.UUID;

/**
 * The claim on one delivery: its id and the token of the claim. An outcome is recorded only while
 * the token is still the delivery's; a worker whose lease expired (and whose delivery was claimed
 * again) cannot overwrite the newer claim's outcome.
 */
public record Lease(UUID deliveryId, String token) {

  public Lease {
    Objects.requireNonNull(deliveryId, "deliveryId");
    Objects.requireNonNull(token, "token");
  }
}
