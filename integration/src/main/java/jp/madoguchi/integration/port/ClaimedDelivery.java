package jp.madoguchi.integration.port;

import java.util.Objects;
import jp.madoguchi.integration.config.LinkageRouteConfig;
import jp.madoguchi.integration.record.DeliveryRecord;

/**
 * A due delivery claimed under a lease: the record to deliver, the route version the delivery was
 * created with, how many attempts were made before this one, and the lease token of the claim.
 */
public record ClaimedDelivery(
    DeliveryRecord record, LinkageRouteConfig route, int attemptsSoFar, String leaseToken) {

  public ClaimedDelivery {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(leaseToken, "leaseToken");
    if (attemptsSoFar < 0) {
      throw new IllegalArgumentException("attemptsSoFar must not be negative");
    }
  }

  /** The claim to quote when reporting the outcome. */
  public Lease lease() {
    return new Lease(record.deliveryId(), leaseToken);
  }
}
