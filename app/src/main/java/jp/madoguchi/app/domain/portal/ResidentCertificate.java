package jp.madoguchi.app.domain.portal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.regex.Pattern;

/** 番号紐付情報: a signing certificate (issuer + serial) belongs to a resident (住民ID). */
@Entity
@Table(name = "resident_certificate")
@IdClass(ResidentCertificate.Key.class)
public class ResidentCertificate {

  private static final Pattern RESIDENT_ID = Pattern.compile("[0-9A-Za-z\\-]{1,32}");

  @Id private String issuer;

  @Id private String serial;

  @Column(name = "resident_id")
  private String residentId;

  @Column(name = "updated_by")
  private String updatedBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected ResidentCertificate() {}

  public ResidentCertificate(
      CertificateId certificate, String residentId, String updatedBy, Instant updatedAt) {
    this.issuer = certificate.issuer();
    this.serial = certificate.serial();
    this.residentId = checkedResidentId(residentId);
    this.updatedBy = updatedBy;
    this.updatedAt = updatedAt;
  }

  /** 住民ID: 1〜32 characters of letters, digits and hyphens. */
  public static String checkedResidentId(String residentId) {
    if (residentId == null || !RESIDENT_ID.matcher(residentId.strip()).matches()) {
      throw new IllegalArgumentException("住民IDは英数字とハイフン（32文字以内）で指定してください");
    }
    return residentId.strip();
  }

  public void reassign(String residentId, String updatedBy, Instant updatedAt) {
    this.residentId = checkedResidentId(residentId);
    this.updatedBy = updatedBy;
    this.updatedAt = updatedAt;
  }

  public CertificateId certificate() {
    return new CertificateId(issuer, serial);
  }

  public String residentId() {
    return residentId;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** The composite primary key. */
  public static class Key implements Serializable {
    private String issuer;
    private String serial;

    public Key() {}

    public Key(String issuer, String serial) {
      this.issuer = issuer;
      this.serial = serial;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && issuer.equals(k.issuer) && serial.equals(k.serial);
    }

    @Override
    public int hashCode() {
      return issuer.hashCode() * 31 + serial.hashCode();
    }
  }
}
