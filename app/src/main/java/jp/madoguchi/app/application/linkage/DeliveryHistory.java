package jp.madoguchi.app.application.linkage;

import java.util.List;
import jp.madoguchi.app.domain.linkage.AttemptView;
import jp.madoguchi.app.domain.linkage.DeliveryView;

/**
 * One delivery of an application as its history shows it: the route (and version) it went by, its
 * state, the core system's reference once confirmed, and every attempt. No personal data.
 */
public record DeliveryHistory(DeliveryItem delivery, List<AttemptEntry> attempts) {

  /** One attempt: start time, duration, outcome (DELIVERED, RETRY_SCHEDULED, PARKED), error. */
  public record AttemptEntry(String at, long durationMs, String outcome, String error) {

    static AttemptEntry of(AttemptView attempt) {
      return new AttemptEntry(
          attempt.startedAt().toString(),
          attempt.durationMs(),
          attempt.outcome(),
          attempt.errorText());
    }
  }

  static DeliveryHistory of(DeliveryView delivery, List<AttemptView> attempts) {
    return new DeliveryHistory(
        DeliveryItem.of(delivery), attempts.stream().map(AttemptEntry::of).toList());
  }
}
