package jp.madoguchi.app.application.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

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

  void received(IntakeOutcome outcome, Duration took) {
    registry
        .timer(
            INTAKE,
            new Tag("procedure", outcome.application().procedureCode()),
            new Tag("outcome", outcome.created() ? "created" : "repeated"))
        .update(took);
  }
}
