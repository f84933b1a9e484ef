package jp.madoguchi.app.application.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.domain.audit.AuditAction;
import jp.madoguchi.app.domain.audit.AuditLog;
import jp.madoguchi.app.domain.portal.CertificateId;
import jp.madoguchi.app.domain.portal.PortalReceipt;
import jp.madoguchi.app.domain.portal.PortalReceipts;
import jp.madoguchi.app.domain.portal.ResidentCertificate;
import jp.madoguchi.app.domain.portal.ResidentCertificates;

/**
 * シリアル番号による申請者特定: the signing certificate of a pulled application → 住民ID, through the table IT
 * staff keep (list, put, delete, CSV import — see {@link ResidentCertificateCsv}).
 */
@ApplicationScoped
public class ApplicantIdentification {

  @Inject PortalReceipts receipts;
  @Inject ResidentCertificates table;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** The signature view of a pulled application; empty for one pushed through the API. */
  @Transactional
  public Optional<SignatureView> of(UUID applicationId) {
    return receipts.ofApplication(applicationId).map(this::view);
  }

  private SignatureView view(PortalReceipt receipt) {
    CertificateId signer = receipt.signer();
    Optional<String> resident =
        signer == null ? Optional.empty() : table.find(signer).map(ResidentCertificate::residentId);
    return new SignatureView(
        receipt.reason() == null,
        receipt.reason(),
        signer == null ? null : signer.issuer(),
        signer == null ? null : signer.serial(),
        resident.isPresent(),
        resident.orElse(null));
  }

  @Transactional
  public List<ResidentCertificateEntry> list() {
    return table.all().stream().map(ApplicantIdentification::entry).toList();
  }

  /** Adds or replaces the resident of one certificate. */
  @Transactional
  public ResidentCertificateEntry put(
      String issuer, String serial, String residentId, String actor) {
    CertificateId certificate = certificate(issuer, serial);
    ResidentCertificate stored = upsert(certificate, residentId, actor);
    audit.append(
        actor, AuditAction.SETTING_CHANGED, "番号紐付情報", "put serial=" + certificate.serial());
    return entry(stored);
  }

  @Transactional
  public void delete(String issuer, String serial, String actor) {
    CertificateId certificate = certificate(issuer, serial);
    if (!table.remove(certificate)) {
      throw new ApplicationProblem(ProblemType.NOT_FOUND, "この証明書の番号紐付情報はありません");
    }
    audit.append(
        actor, AuditAction.SETTING_CHANGED, "番号紐付情報", "delete serial=" + certificate.serial());
  }

  /** All rows in one transaction: any invalid row and nothing is changed. */
  @Transactional
  public int importRows(List<ResidentCertificateCsv.Row> rows, String actor) {
    for (ResidentCertificateCsv.Row row : rows) {
      upsert(row.certificate(), row.residentId(), actor);
    }
    audit.append(actor, AuditAction.SETTING_CHANGED, "番号紐付情報", "import rows=" + rows.size());
    return rows.size();
  }

  private ResidentCertificate upsert(CertificateId certificate, String residentId, String actor) {
    String checked = checkedResidentId(residentId);
    Optional<ResidentCertificate> existing = table.find(certificate);
    if (existing.isPresent()) {
      existing.get().reassign(checked, actor, clock.instant());
      return existing.get();
    }
    ResidentCertificate created =
        new ResidentCertificate(certificate, checked, actor, clock.instant());
    table.add(created);
    return created;
  }

  static CertificateId certificate(String issuer, String serial) {
    try {
      return new CertificateId(issuer, serial);
    } catch (IllegalArgumentException e) {
      throw new ApplicationProblem(ProblemType.VALIDATION_FAILED, e.getMessage());
    }
  }

  private static String checkedResidentId(String residentId) {
    try {
      return ResidentCertificate.checkedResidentId(residentId);
    } catch (IllegalArgumentException e) {
      throw new ApplicationProblem(ProblemType.VALIDATION_FAILED, e.getMessage());
    }
  }

  private static ResidentCertificateEntry entry(ResidentCertificate c) {
    return new ResidentCertificateEntry(
        c.certificate().issuer(),
        c.certificate().serial(),
        c.residentId(),
        c.updatedBy(),
        c.updatedAt().toString());
  }
}
