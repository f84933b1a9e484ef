package jp.madoguchi.app.application.intake;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.application.ReceiptNumber;
import jp.madoguchi.app.domain.application.Submission;
import jp.madoguchi.app.domain.application.Submitter;

/**
 * 申請の受付: takes a portal submission in, exactly once per 受付番号. An identical replay answers with the
 * stored application; a different body under the same number is a conflict.
 */
@ApplicationScoped
public class IntakeService {

  private static final Logger LOG = Logger.getLogger(IntakeService.class.getName());

  @Inject ApplicationRepository applications;
  @Inject SubmissionValidator validator;
  @Inject IntakeTransaction store;
  @Inject Clock clock;
  @Inject IntakeMetrics metrics;

  /**
   * Order matters: an identical replay is answered from the store even if the definition has
   * changed since; anything else is validated first (422), and only a valid body that differs from
   * the stored one is a conflict (409).
   */
  public IntakeOutcome submit(JsonNode body, String caller) {
    return take(body, caller, new Submitter(caller), null);
  }

  /**
   * As {@link #submit(JsonNode, String)}, for an application recorded as submitted by {@code
   * submitter} while {@code actor} is who the history names (the portal pull, the demo seed).
   */
  public IntakeOutcome submit(JsonNode body, String actor, Submitter submitter) {
    return take(body, actor, submitter, null);
  }

  /**
   * 受付エラー: the same intake path (validation, idempotency on the 受付番号), but the application is
   * stored in INTAKE_ERROR with {@code reason} (a signed package whose signature failed).
   */
  public IntakeOutcome submitWithIntakeError(
      JsonNode body, String actor, Submitter submitter, String reason) {
    return take(body, actor, submitter, reason);
  }

  /**
   * A replay is the same body from the same submitter: another client's application under the same
   * 受付番号 is a conflict whatever its body, so that nothing of it (not even its status) is answered.
   */
  private IntakeOutcome take(JsonNode body, String actor, Submitter submitter, String intakeError) {
    long started = System.nanoTime();
    IntakeOutcome outcome = takeIn(body, actor, submitter, intakeError);
    metrics.received(outcome, Duration.ofNanos(System.nanoTime() - started));
    return outcome;
  }

  private IntakeOutcome takeIn(
      JsonNode body, String actor, Submitter submitter, String intakeError) {
    if (body == null || !body.isObject()) {
      throw new ApplicationProblem(ProblemType.MALFORMED_REQUEST, "本文はJSONオブジェクトで送ってください");
    }
    SubmissionChecks checks = new SubmissionChecks();
    String receipt = checks.text(body, "receiptNumber");
    checks.receiptNumber(receipt);
    String requestSha256 = CanonicalJson.sha256(body);
    Optional<Application> earlier =
        checks.violations().isEmpty()
            ? applications.findByReceiptNumber(new ReceiptNumber(receipt))
            : Optional.empty();
    if (earlier.isPresent() && isReplay(earlier.get(), submitter, requestSha256)) {
      return new IntakeOutcome(earlier.get(), false);
    }
    Submission submission = validator.validate(body, checks, requestSha256);
    if (earlier.isPresent()) {
      throw conflict(submission.receiptNumber());
    }
    Application application =
        intakeError == null
            ? Application.receive(submission, submitter, actor, clock.instant())
            : Application.receiveWithIntakeError(
                submission, submitter, intakeError, actor, clock.instant());
    try {
      store.store(application, actor);
    } catch (RuntimeException e) {
      Application winner =
          applications.findByReceiptNumber(submission.receiptNumber()).orElseThrow(() -> e);
      if (!isReplay(winner, submitter, requestSha256)) {
        throw conflict(submission.receiptNumber());
      }
      return new IntakeOutcome(winner, false);
    }
    LOG.info(
        () ->
            (intakeError == null ? "受付" : "受付エラー")
                + " receipt="
                + receipt
                + " procedure="
                + submission.procedureCode());
    return new IntakeOutcome(application, true);
  }

  private static boolean isReplay(Application earlier, Submitter submitter, String requestSha256) {
    return earlier.submitter().equals(submitter) && earlier.wasEverSubmittedAs(requestSha256);
  }

  private static ApplicationProblem conflict(ReceiptNumber receipt) {
    return new ApplicationProblem(
        ProblemType.CONFLICT, "受付番号 " + receipt + " は別の内容で受付済みです。同じ受付番号で異なる内容は送信できません。");
  }
}
