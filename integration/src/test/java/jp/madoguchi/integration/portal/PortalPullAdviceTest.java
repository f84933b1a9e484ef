package jp.madoguchi.integration.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import jp.madoguchi.integration.camel.MadoguchiCamel;
import org.apache.camel.builder.AdviceWith;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Failures injected into the portal pull routes of the one CamelContext with AdviceWith: the first
 * failure ends the poll, nothing is confirmed, and the reason is reported.
 */
class PortalPullAdviceTest {

  private final AtomicInteger stored = new AtomicInteger();
  private final PortalPullEngine portal =
      new PortalPullEngine(
          (receipt, zip) -> {
            stored.incrementAndGet();
            return ReceivedPackages.Stored.as(ReceivedPackages.StoreOutcome.STORED);
          },
          new PortalConnection(
              URI.create("http://127.0.0.1:1"),
              "madoguchi",
              "secret",
              Duration.ofMinutes(1),
              Duration.ofMinutes(5),
              Duration.ofSeconds(1)),
          false,
          Clock.systemUTC());
  private final MadoguchiCamel camel =
      new MadoguchiCamel(Executors.defaultThreadFactory(), List.of(portal));

  @AfterEach
  void stop() {
    camel.stop();
  }

  @Test
  void aFetchThatFailsEndsThePollBeforeStoringOrConfirming() throws Exception {
    camel.start();
    AtomicInteger confirmed = new AtomicInteger();
    AdviceWith.adviceWith(
        camel.context(),
        "portal-pull-packages",
        route -> {
          route
              .weaveById("portal-login")
              .replace()
              .process(
                  e -> {
                    e.setProperty(PortalPullSteps.TALLY, new PollTally(Instant.now()));
                    e.setProperty(PortalPullSteps.TOKEN, "t");
                  });
          route
              .weaveById("portal-list-new")
              .replace()
              .setBody()
              .constant(List.of("R2025-000001", "R2025-000002"));
          route
              .weaveById("portal-fetch")
              .replace()
              .throwException(new PortalUnavailableException("ポータルが応答しません（HTTP 503）"));
          route.weaveById("portal-confirm").replace().process(e -> confirmed.incrementAndGet());
        });

    PollReport report = portal.pollNow();

    assertThat(report.succeeded()).isFalse();
    assertThat(report.error()).isEqualTo("ポータルが応答しません（HTTP 503）");
    assertThat(stored).hasValue(0);
    assertThat(confirmed).hasValue(0);
    assertThat(portal.status().lastFailure()).isEqualTo(report);
    assertThat(portal.status().consecutiveFailures()).isEqualTo(1);
  }

  @Test
  void thePortalRoutesJoinTheOneContextAndStopWithIt() throws Exception {
    camel.start();
    assertThat(camel.context().getName()).isEqualTo(MadoguchiCamel.NAME);
    assertThat(camel.context().getRoute("portal-pull")).isNotNull();
    assertThat(portal.isRunning()).isTrue();
    camel.stop();
    assertThat(portal.isRunning()).isFalse();
  }
}
