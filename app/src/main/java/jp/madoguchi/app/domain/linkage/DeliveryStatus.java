package jp.madoguchi.app.domain.linkage;

import jp.madoguchi.integration.config.DeliveryPattern;

/** Where one delivery of an application to one core system stands. */
public enum DeliveryStatus {
  /** Due for the engine (FILE_EXPORT, DIRECT_API) or for the next batch (BATCH). */
  PENDING,
  /** Claimed by an engine worker under a lease. */
  IN_PROGRESS,
  /** MANUAL: waits in the clerks' manual-entry list (手入力待ち). */
  WAITING_MANUAL,
  /** BATCH: part of a batch that is not yet acknowledged. */
  IN_BATCH,
  /** The core system has it. */
  DELIVERED,
  /** Given up until IT staff replay it (dead letter), or rejected by a batch job. */
  PARKED;

  /** The state a new (or replayed) delivery of the pattern starts in. */
  public static DeliveryStatus initial(DeliveryPattern pattern) {
    return pattern == DeliveryPattern.MANUAL ? WAITING_MANUAL : PENDING;
  }
}
