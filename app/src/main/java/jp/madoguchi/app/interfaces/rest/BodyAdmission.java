package jp.madoguchi.app.interfaces.rest;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Admission limit on large request bodies: the bytes of API request bodies over {@value
 * #SMALL_BODY_BYTES} bytes being handled at once are limited to a budget, because each such body
 * costs the heap several times its size while it is parsed, decoded, sanitised and stored (the
 * base64 text, the decoded file, the sanitised copy, the driver's copies). A request that cannot
 * get its share within {@code madoguchi.intake.admission-wait-ms} is answered 503 with Retry-After;
 * nothing of it has been read into the application, so nothing is stored.
 *
 * <p>The budget is {@code madoguchi.intake.admission-bytes}, by default 1/32 of the maximum heap
 * (16 MB of bodies at {@code -Xmx512m}, that is about eleven 1 MB attachments in base64 at once). A
 * body larger than the whole budget is admitted alone. Bodies of {@value #SMALL_BODY_BYTES} bytes
 * or less are never counted nor delayed.
 */
@ApplicationScoped
public class BodyAdmission {

  /** Bodies up to this size are not counted. */
  static final long SMALL_BODY_BYTES = 64 * 1024;

  /** Seconds a refused client is asked to wait before sending again. */
  static final int RETRY_AFTER_SECONDS = 1;

  private static final Logger LOG = Logger.getLogger(BodyAdmission.class.getName());

  @Inject
  @ConfigProperty(name = "madoguchi.intake.admission-bytes", defaultValue = "0")
  long configuredBytes;

  @Inject
  @ConfigProperty(name = "madoguchi.intake.admission-wait-ms", defaultValue = "2000")
  long waitMillis;

  private Semaphore kilobytes;
  private int budgetKb;

  @PostConstruct
  void init() {
    long bytes = configuredBytes > 0 ? configuredBytes : defaultBudget(Runtime.getRuntime());
    budgetKb = (int) Math.min(Integer.MAX_VALUE, Math.max(1, bytes / 1024));
    kilobytes = new Semaphore(budgetKb, true);
    LOG.info(
        () ->
            "admission limit on large request bodies: "
                + budgetKb
                + " KB of bodies at once, wait up to "
                + waitMillis
                + " ms");
  }

  static long defaultBudget(Runtime runtime) {
    return Math.max(4L * 1024 * 1024, runtime.maxMemory() / 32);
  }

  /** A new, empty share for one request; {@link Ticket#release()} it when the request ends. */
  Ticket ticket() {
    return new Ticket();
  }

  /** What one request holds of the budget. */
  final class Ticket {
    private int heldKb;

    private Ticket() {}

    /**
     * Makes sure the request holds a share for {@code bodyBytes} of body (capped at the whole
     * budget), waiting at most the configured time.
     *
     * @return false when the share could not be had in time (the request is to be refused)
     */
    boolean cover(long bodyBytes) throws InterruptedException {
      if (bodyBytes <= SMALL_BODY_BYTES) {
        return true;
      }
      int wantedKb = (int) Math.min(budgetKb, (bodyBytes + 1023) / 1024);
      int more = wantedKb - heldKb;
      if (more <= 0) {
        return true;
      }
      if (!kilobytes.tryAcquire(more, waitMillis, TimeUnit.MILLISECONDS)) {
        return false;
      }
      heldKb += more;
      return true;
    }

    void release() {
      if (heldKb > 0) {
        kilobytes.release(heldKb);
        heldKb = 0;
      }
    }
  }
}
