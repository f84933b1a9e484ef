package jp.madoguchi.app.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * 個人番号 as stored: AES-GCM cipher text, the id of the key that made it (keys rotate), and the last
 * four digits for the masked display {@code ********9018}.
 */
@Embeddable
public class EncryptedMyNumber {

  @Column(name = "my_number_cipher")
  private String cipherText;

  @Column(name = "my_number_key_id")
  private String keyId;

  @Column(name = "my_number_last4")
  private String lastFour;

  protected EncryptedMyNumber() {}

  public EncryptedMyNumber(String cipherText, String keyId, String lastFour) {
    this.cipherText = cipherText;
    this.keyId = keyId;
    this.lastFour = lastFour;
  }

  public String cipherText() {
    return cipherText;
  }

  public String keyId() {
    return keyId;
  }

  /** The masked form shown everywhere by default. */
  public String masked() {
    return lastFour == null ? null : "********" + lastFour;
  }
}
