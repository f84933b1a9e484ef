package jp.madoguchi.app.domain.portal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A package fetched from the portal and refused (unreadable, invalid, or its 受付番号 already taken by
 * another application): a record of its own, which never changes any application.
 */
@Entity
@Table(name = "portal_refusal")
public class PortalRefusal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "receipt_number")
  private String receiptNumber;

  private String reason;

  @Column(name = "fetched_at")
  private Instant fetchedAt;

  protected PortalRefusal() {}

  public PortalRefusal(String receiptNumber, String reason, Instant fetchedAt) {
    this.receiptNumber = receiptNumber;
    this.reason = reason;
    this.fetchedAt = fetchedAt;
  }

  public String receiptNumber() {
    return receiptNumber;
  }

  public String reason() {
    return reason;
  }

  public Instant fetchedAt() {
    return fetchedAt;
  }
}
