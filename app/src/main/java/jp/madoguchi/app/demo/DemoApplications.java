package jp.madoguchi.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import jp.madoguchi.app.application.OperatingMode;
import jp.madoguchi.app.application.intake.IntakeService;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.application.ReceiptNumber;
import jp.madoguchi.app.domain.application.Submitter;
import jp.madoguchi.forms.samples.SampleApplications;

/**
 * Demo mode only: a handful of applications across procedures, submitted through the same intake
 * path as the portal's. Their receipt numbers and bodies are fixed, so a restart finds them already
 * there and stores nothing twice.
 */
@Singleton
@Startup
@DependsOn("AccountBootstrap")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoApplications {

  private static final Logger LOG = Logger.getLogger(DemoApplications.class.getName());

  /** Procedure, how many, and the day they were submitted. */
  private record Batch(String procedureCode, int count, String submittedAt) {}

  private static final List<Batch> BATCHES =
      List.of(
          new Batch("CC-01", 3, "2025-10-01T09:15:00+09:00"),
          new Batch("LTC-01", 2, "2025-10-02T10:30:00+09:00"),
          new Batch("DIS-01", 2, "2025-10-03T14:00:00+09:00"));

  /** The demo portal account follows the demo applications as if it had pushed them. */
  private static final Submitter DEMO_PORTAL = new Submitter("portal");

  @Inject OperatingMode mode;
  @Inject IntakeService intake;
  @Inject ApplicationRepository applications;

  @PostConstruct
  void seed() {
    if (!mode.isDemo()) {
      return;
    }
    int created = 0;
    for (Batch batch : BATCHES) {
      for (int i = 1; i <= batch.count(); i++) {
        String receipt = "DEMO-" + batch.procedureCode().replace("-", "") + "-" + i;
        // Seeded on an earlier start: the sample PDF is generated afresh (new dates and file ID in
        // it), so submitting it again would be a different body under the same receipt number.
        if (applications.findByReceiptNumber(new ReceiptNumber(receipt)).isPresent()) {
          continue;
        }
        if (intake.submit(demoBody(batch, receipt), "demo", DEMO_PORTAL).created()) {
          created++;
        }
      }
    }
    int total = created;
    LOG.info(() -> "デモ申請 " + total + " 件を登録しました");
  }

  private static JsonNode demoBody(Batch batch, String receipt) {
    return SampleApplications.submission(
        batch.procedureCode(),
        SampleApplications.valid(batch.procedureCode()),
        receipt,
        batch.submittedAt());
  }
}
