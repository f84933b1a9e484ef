package jp.madoguchi.app.application.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.application.accounts.ProcedureAccess;
import jp.madoguchi.app.application.workflow.ApplicationViews;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.audit.AuditAction;
import jp.madoguchi.app.domain.audit.AuditLog;
import jp.madoguchi.app.domain.linkage.Deliveries;
import jp.madoguchi.app.domain.linkage.DeliveryStatus;
import jp.madoguchi.app.domain.linkage.DeliveryView;
import jp.madoguchi.app.domain.linkage.LinkageRoutes;
import jp.madoguchi.app.domain.linkage.RouteVersion;
import jp.madoguchi.forms.pdf.ApplicationDocument;
import jp.madoguchi.forms.pdf.TranscriptionSheet;

/** 職員による転記: the manual-entry list, the transcription sheet, and confirming the entry. */
@ApplicationScoped
public class ManualEntryService {

  private static final int LIST_LIMIT = 500;

  /** One delivery waiting for manual entry. */
  public record ManualEntry(
      String deliveryId,
      String applicationId,
      String receiptNumber,
      String procedureCode,
      String applicantName,
      String waitingSince) {}

  @Inject Deliveries deliveries;
  @Inject ApplicationRepository applications;
  @Inject LinkageRoutes routes;
  @Inject ApplicationViews views;
  @Inject TranscriptionOrder order;
  @Inject LinkageCompletion completion;
  @Inject AuditLog audit;
  @Inject ProcedureAccess access;
  @Inject Clock clock;

  /** The deliveries waiting for {@code clerk}: of the procedures in their scope only. */
  @Transactional
  public List<ManualEntry> waiting(String procedureCode, String clerk) {
    return deliveries
        .list(
            DeliveryStatus.WAITING_MANUAL,
            DeliveryAdminService.blankToNull(procedureCode),
            access.scopeOf(clerk),
            LIST_LIMIT)
        .stream()
        .map(
            d ->
                new ManualEntry(
                    d.id().toString(),
                    d.applicationId().toString(),
                    d.receiptNumber(),
                    d.procedureCode(),
                    application(d).applicant().name(),
                    d.createdAt().toString()))
        .toList();
  }

  /** The transcription sheet PDF (個人番号 masked), in the route's column order. */
  @Transactional
  public byte[] sheet(UUID deliveryId, String clerk) {
    DeliveryView delivery = waitingDelivery(deliveryId, clerk);
    Application application = application(delivery);
    ApplicationDocument document = views.document(application);
    RouteVersion route = route(delivery);
    byte[] pdf =
        new TranscriptionSheet().render(document, order.of(route.config(), document.definition()));
    audit.append(
        clerk,
        AuditAction.APPLICATION_PDF_VIEWED,
        delivery.receiptNumber(),
        "transcription sheet delivery=" + deliveryId);
    return pdf;
  }

  /** 転記済: the core system's reference number confirms the delivery. */
  @Transactional
  public DeliveryItem done(UUID deliveryId, String coreReference, String clerk) {
    if (coreReference == null || coreReference.isBlank() || coreReference.length() > 255) {
      throw new ApplicationProblem(
          ProblemType.VALIDATION_FAILED, "基幹システムの番号（coreReference）を1〜255文字で入力してください");
    }
    DeliveryView delivery = waitingDelivery(deliveryId, clerk);
    Application application = completion.lockApplication(delivery.applicationId());
    Instant now = clock.instant();
    if (!deliveries.lock(deliveryId).orElseThrow().confirmManually(coreReference, now)) {
      throw new ApplicationProblem(ProblemType.CONFLICT, "この連携は既に処理されています");
    }
    completion.linkIfAllDelivered(application, now);
    audit.append(
        clerk,
        AuditAction.DELIVERY_CONFIRMED,
        delivery.receiptNumber(),
        "manual entry delivery=" + deliveryId + " coreReference=" + coreReference);
    return DeliveryItem.of(deliveries.find(deliveryId).orElseThrow());
  }

  /** The delivery, if it waits for manual entry; 404 as unknown outside the clerk's scope. */
  private DeliveryView waitingDelivery(UUID id, String clerk) {
    DeliveryView delivery =
        deliveries
            .find(id)
            .filter(d -> access.scopeOf(clerk).permits(d.procedureCode()))
            .orElseThrow(() -> DeliveryAdminService.notFound(id));
    if (delivery.status() != DeliveryStatus.WAITING_MANUAL) {
      throw new ApplicationProblem(ProblemType.CONFLICT, "この連携は手入力待ちではありません");
    }
    return delivery;
  }

  private Application application(DeliveryView delivery) {
    return applications.findById(delivery.applicationId()).orElseThrow();
  }

  private RouteVersion route(DeliveryView delivery) {
    return routes.history(delivery.procedureCode(), delivery.routeName()).stream()
        .filter(r -> r.version() == delivery.routeVersion())
        .findFirst()
        .orElseThrow();
  }
}
