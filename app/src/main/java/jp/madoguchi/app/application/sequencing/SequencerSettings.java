package jp.madoguchi.app.application.sequencing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The sequencer's configuration keys (docs/configuration.md, docs/sequencing.md). */
@ApplicationScoped
public class SequencerSettings {

  @Inject
  @ConfigProperty(name = "madoguchi.sequencer.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "madoguchi.sequencer.sweep-ms", defaultValue = "250")
  long sweepMs;

  @Inject
  @ConfigProperty(name = "madoguchi.sequencer.wait-ms", defaultValue = "2000")
  long waitMs;

  @Inject
  @ConfigProperty(name = "madoguchi.sequencer.round-size", defaultValue = "500")
  int roundSize;

  @Inject
  @ConfigProperty(name = "madoguchi.sequencer.bound-ms", defaultValue = "10000")
  long boundMs;

  /**
   * False only for fault tests and operations drills: this node then neither sequences after its
   * requests nor sweeps (another node, or this one restarted normally, does it later).
   */
  public boolean enabled() {
    return enabled;
  }

  /** Pause of the background sweep between rounds. */
  public Duration sweepInterval() {
    return Duration.ofMillis(Math.max(10, sweepMs));
  }

  /** How long a request waits, after its commit, for its writes to be sequenced. */
  public Duration requestWait() {
    return Duration.ofMillis(Math.max(0, waitMs));
  }

  /** Most status changes, and most access-log entries, one round takes. */
  public int roundSize() {
    return Math.max(1, roundSize);
  }

  /** The delay after which an unchained access-log entry is reported as overdue by verify. */
  public Duration bound() {
    return Duration.ofMillis(Math.max(0, boundMs));
  }
}
