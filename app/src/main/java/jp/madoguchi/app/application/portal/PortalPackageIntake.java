package jp.madoguchi.app.application.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.logging.Logger;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.application.intake.IntakeOutcome;
import jp.madoguchi.app.application.intake.IntakeService;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.Submitter;
import jp.madoguchi.app.domain.portal.CertificateId;
import jp.madoguchi.app.domain.portal.PortalReceipt;
import jp.madoguchi.app.domain.portal.PortalReceipts;
import jp.madoguchi.app.domain.portal.PortalRefusal;
import jp.madoguchi.integration.portal.ReceivedPackages;
import jp.madoguchi.integration.portal.ReceivedPackages.Stored;
import jp.madoguchi.portal.PackageRefusedException;
import jp.madoguchi.portal.PortalPackage;

/**
 * Takes a package fetched by the pull route in through the push API's intake path: verified → 受付;
 * readable but the signature or certificate failed → 受付エラー with the reason; unreadable or invalid →
 * recorded as a refusal of its own (never a change to an application, not even one another client
 * pushed under the same 受付番号: that is a conflict, refused). Idempotent by 受付番号.
 */
@ApplicationScoped
public class PortalPackageIntake implements ReceivedPackages {

  private static final Logger LOG = Logger.getLogger(PortalPackageIntake.class.getName());
  private static final EnumSet<ProblemType> REFUSING =
      EnumSet.of(
          ProblemType.VALIDATION_FAILED, ProblemType.MALFORMED_REQUEST, ProblemType.CONFLICT);

  @Inject PackageVerification verification;
  @Inject IntakeService intake;
  @Inject PortalReceipts receipts;
  @Inject Clock clock;

  @Override
  public Stored store(String receiptNumber, byte[] packageZip) {
    PortalPackage read;
    try {
      read = verification.read(packageZip);
    } catch (PackageRefusedException e) {
      return refuse(receiptNumber, e.getMessage());
    }
    if (!read.form().receiptNumber().equals(receiptNumber)) {
      return refuse(receiptNumber, "ポータルの一覧とパッケージの受付番号が一致しません");
    }
    try {
      return take(receiptNumber, read);
    } catch (ApplicationProblem problem) {
      if (!REFUSING.contains(problem.type())) {
        throw problem;
      }
      return refuse(receiptNumber, "申請内容を受け付けられません: " + problem.detail());
    }
  }

  private Stored take(String receiptNumber, PortalPackage read) {
    String reason = read.verified() ? null : read.failure().getMessage();
    IntakeOutcome outcome =
        reason == null
            ? intake.submit(read.submissionBody(), Application.PORTAL_ACTOR, Submitter.PORTAL_PULL)
            : intake.submitWithIntakeError(
                read.submissionBody(), Application.PORTAL_ACTOR, Submitter.PORTAL_PULL, reason);
    receipts.addIfAbsent(
        new PortalReceipt(
            receiptNumber,
            outcome.application().id(),
            reason == null ? StoreOutcome.STORED.name() : StoreOutcome.INTAKE_ERROR.name(),
            reason,
            read.verifiedSigner().map(CertificateId::of).orElse(null),
            clock.instant()));
    if (!outcome.created()) {
      return Stored.as(StoreOutcome.ALREADY_STORED);
    }
    return reason == null
        ? Stored.as(StoreOutcome.STORED)
        : new Stored(StoreOutcome.INTAKE_ERROR, reason);
  }

  private Stored refuse(String receiptNumber, String reason) {
    LOG.warning(() -> "ポータルの申請パッケージを受け付けません receipt=" + receiptNumber + " reason=" + reason);
    String recorded = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
    receipts.refuse(new PortalRefusal(receiptNumber, recorded, clock.instant()));
    return new Stored(StoreOutcome.REFUSED, recorded);
  }
}
