package jp.madoguchi.app.domain.portal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One package fetched from the portal that became an application (stored, or 受付エラー): the outcome,
 * the 受付エラー reason, and the signing certificate's issuer and serial (identification). Refused
 * packages are {@link PortalRefusal}s.
 */
@Entity
@Table(name = "portal_receipt")
public class PortalReceipt {

  @Id
  @Column(name = "receipt_number")
  private String receiptNumber;

  @Column(name = "application_id")
  private UUID applicationId;

  private String outcome;

  private String reason;

  @Column(name = "signer_issuer")
  private String signerIssuer;

  @Column(name = "signer_serial")
  private String signerSerial;

  @Column(name = "fetched_at")
  private Instant fetchedAt;

  protected PortalReceipt() {}

  public PortalReceipt(
      String receiptNumber,
      UUID applicationId,
      String outcome,
      String reason,
      CertificateId signer,
      Instant fetchedAt) {
    this.receiptNumber = receiptNumber;
    this.applicationId = applicationId;
    this.outcome = outcome;
    this.reason = reason;
    this.signerIssuer = signer == null ? null : signer.issuer();
    this.signerSerial = signer == null ? null : signer.serial();
    this.fetchedAt = fetchedAt;
  }

  public String receiptNumber() {
    return receiptNumber;
  }

  public UUID applicationId() {
    return applicationId;
  }

  public String outcome() {
    return outcome;
  }

  public String reason() {
    return reason;
  }

  /** The verified signer's certificate; null when the signature failed or was unreadable. */
  public CertificateId signer() {
    return signerSerial == null ? null : new CertificateId(signerIssuer, signerSerial);
  }

  public Instant fetchedAt() {
    return fetchedAt;
  }
}
