package jp.madoguchi.app.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.LocalDate;

/** The person who filed the application (申請者), as validated and normalised at intake. */
@Embeddable
public class Applicant {

  @Column(name = "applicant_name")
  private String name;

  @Column(name = "applicant_name_kana")
  private String nameKana;

  @Column(name = "applicant_birth_date")
  private LocalDate birthDate;

  @Column(name = "applicant_sex")
  private String sex;

  @Column(name = "applicant_postal_code")
  private String postalCode;

  @Column(name = "applicant_address")
  private String address;

  @Column(name = "applicant_phone")
  private String phone;

  @Column(name = "applicant_relationship")
  private String relationship;

  @Embedded private EncryptedMyNumber myNumber;

  protected Applicant() {}

  public Applicant(
      String name,
      String nameKana,
      LocalDate birthDate,
      String sex,
      String postalCode,
      String address,
      String phone,
      String relationship,
      EncryptedMyNumber myNumber) {
    this.name = name;
    this.nameKana = nameKana;
    this.birthDate = birthDate;
    this.sex = sex;
    this.postalCode = postalCode;
    this.address = address;
    this.phone = phone;
    this.relationship = relationship;
    this.myNumber = myNumber;
  }

  public String name() {
    return name;
  }

  public String nameKana() {
    return nameKana;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public String sex() {
    return sex;
  }

  public String postalCode() {
    return postalCode;
  }

  public String address() {
    return address;
  }

  public String phone() {
    return phone;
  }

  public String relationship() {
    return relationship;
  }

  /** May be null: not every procedure collects 個人番号. */
  public EncryptedMyNumber myNumber() {
    return myNumber != null && myNumber.cipherText() != null ? myNumber : null;
  }
}
