package jp.madoguchi.app.interfaces.rest.intake;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import jp.madoguchi.app.interfaces.rest.RequestSizeLimit;
import jp.madoguchi.app.interfaces.rest.ServiceBusy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets at most {@code madoguchi.intake.max-concurrent} portal submissions (new and resubmitted) be
 * checked and stored at once, first come first served; the others wait (their body already parsed).
 * Intake is CPU work (validation, digests, sanitising, encryption) followed by a short write (the
 * feed and the access log are sequenced after commit, docs/sequencing.md): with dozens of requests
 * running at once on a few cores, each is descheduled many times and all finish late. A request
 * that waits longer than {@code madoguchi.intake.max-wait-ms} is answered 503 with Retry-After,
 * nothing stored.
 */
@ApplicationScoped
public class IntakeGate {

  @Inject
  @ConfigProperty(name = "madoguchi.intake.max-concurrent", defaultValue = "0")
  int configured;

  @Inject
  @ConfigProperty(name = "madoguchi.intake.max-wait-ms", defaultValue = "30000")
  long waitMillis;

  private Semaphore permits;

  @PostConstruct
  void init() {
    permits =
        new Semaphore(
            configured > 0
                ? configured
                : Math.max(4, 2 * Runtime.getRuntime().availableProcessors()),
            true);
  }

  <T> T run(Supplier<T> submission) {
    boolean admitted;
    try {
      admitted = permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      throw new ServiceBusy(RequestSizeLimit.busy().detail());
    }
    try {
      return submission.get();
    } finally {
      permits.release();
    }
  }
}
