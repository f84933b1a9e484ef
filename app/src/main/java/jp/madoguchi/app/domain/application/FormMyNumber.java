package jp.madoguchi.app.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/**
 * One 個人番号 of an application's form (配偶者, 被保険者, a 児童 …), encrypted, under the path that names it
 * ({@code form.spouse.myNumber}) and the revision of the data it belongs to. The form JSON itself
 * only holds the masked value.
 */
@Embeddable
public class FormMyNumber {

  private int revision;

  @Column(name = "field_path")
  private String fieldPath;

  @Embedded private EncryptedMyNumber number;

  protected FormMyNumber() {}

  FormMyNumber(int revision, String fieldPath, EncryptedMyNumber number) {
    this.revision = revision;
    this.fieldPath = fieldPath;
    this.number = number;
  }

  public int revision() {
    return revision;
  }

  public String fieldPath() {
    return fieldPath;
  }

  public EncryptedMyNumber number() {
    return number;
  }
}
