package jp.madoguchi.integration.delivery;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one delivery attempt. Reasons are short technical texts (an HTTP status, "timeout
 * after 2000 ms", a column name) and never contain personal data.
 */
public sealed interface DeliveryOutcome {

  /** The core system has the application; {@code coreReference} is its number for it. */
  record Delivered(String coreReference) implements DeliveryOutcome {
    public Delivered {
      Objects.requireNonNull(coreReference, "coreReference");
    }
  }

  /** A transient failure; {@code retryAfter} is the earliest time the core system asked for. */
  record Retry(String reason, Optional<Duration> retryAfter) implements DeliveryOutcome {
    public Retry {
      Objects.requireNonNull(reason, "reason");
      retryAfter = retryAfter == null ? Optional.empty() : retryAfter;
    }

    public Retry(String reason) {
      this(reason, Optional.empty());
    }
  }

  /** A failure retrying cannot fix; IT staff must look at it. */
  record Park(String reason) implements DeliveryOutcome {
    public Park {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
