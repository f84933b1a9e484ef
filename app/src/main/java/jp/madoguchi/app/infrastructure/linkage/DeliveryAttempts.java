package jp.madoguchi.app.infrastructure.linkage;

import jakarta.persistence.EntityManager;
import java.util.UUID;
import jp.madoguchi.integration.port.Attempt;

/**
 * Writes rows of {@code delivery_attempt}: time, duration, outcome, the node, error text (no
 * personal data).
 */
final class DeliveryAttempts {

  private static final int MAX_TEXT = 1000;

  private DeliveryAttempts() {}

  /** {@code node}: the lease owner (one per server process) that made the attempt. */
  static void record(EntityManager em, UUID deliveryId, Attempt attempt, String node) {
    boolean error = attempt.errorText() != null;
    var insert =
        em.createNativeQuery(
                "INSERT INTO delivery_attempt (delivery_id, started_at, duration_ms, outcome,"
                    + " node, error_text) VALUES (?1, ?2, ?3, ?4, ?5, "
                    + (error ? "?6" : "NULL")
                    + ")")
            .setParameter(1, deliveryId)
            .setParameter(2, attempt.startedAt())
            .setParameter(3, attempt.duration().toMillis())
            .setParameter(4, attempt.outcome().name())
            .setParameter(5, node);
    if (error) {
      insert.setParameter(6, shorten(attempt.errorText()));
    }
    insert.executeUpdate();
  }

  static String shorten(String text) {
    return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
  }
}
