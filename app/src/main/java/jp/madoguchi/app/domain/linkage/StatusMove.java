package jp.madoguchi.app.domain.linkage;

import java.util.Objects;

/**
 * A move of many deliveries at once from one state to another, as the domain decides it ({@link
 * Delivery#ADD_TO_BATCH}, {@link Delivery#RELEASE_FROM_BATCH}), for the repository to apply in one
 * statement: a batch of 100,000 deliveries is not loaded row by row.
 */
public record StatusMove(DeliveryStatus from, DeliveryStatus to) {

  public StatusMove {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
