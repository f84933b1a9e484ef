package jp.madoguchi.app.application;

import java.time.Instant;
import jp.madoguchi.app.domain.application.Application;

/**
 * What intake and workflow ask of linkage: write the deliveries a state change triggers (the
 * transactional outbox), in the caller's transaction. Implemented by the linkage use cases.
 */
public interface LinkageTrigger {

  /** After 受付: deliveries of the ON_RECEIPT routes. */
  void received(Application application, Instant now);

  /** After 受理: deliveries of the ON_ACCEPT routes; LINKED at once if all are confirmed already. */
  void accepted(Application application, Instant now);

  /** Whether any delivery was ever written for the application. */
  boolean hasDeliveries(Application application);
}
