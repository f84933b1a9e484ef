package jp.madoguchi.app.application.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Intake count and latency by procedure for {@code /metrics}: one timer {@code madoguchi_intake}
 * per procedure and outcome ({@code created} for a new application, {@code repeated} for a replay
 * of an earlier one), timed from the body's arrival in the intake service to its commit.
 */
@ApplicationScoped
public class IntakeMetrics {

  static final Metadata INTAKE =
      Metadata.builder()
          .withName("madoguchi_intake")
          .withDescription("受け付けた申請（手続・結果別）と受付処理時間")
          // a timer records nanoseconds; Payara writes them as seconds (madoguchi_intake_seconds)
          .withUnit(MetricUnits.NANOSECONDS)
          .build();

  @Inject MetricRegistry registry;

  /** The timers by procedure and outcome, looked up in the registry once each. */
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();

  void received(IntakeOutcome outcome, Duration took) {
    String procedure = outcome.application().procedureCode();
    String result = outcome.created() ? "created" : "repeated";
    timers
        .computeIfAbsent(
            procedure + " " + result,
            key ->
                registry.timer(INTAKE, new Tag("procedure", procedure), new Tag("outcome", result)))
        .update(took);
  }
}
