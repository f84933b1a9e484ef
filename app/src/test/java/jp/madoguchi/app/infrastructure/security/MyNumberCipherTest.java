package jp.madoguchi.app.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.madoguchi.app.domain.application.EncryptedMyNumber;
import org.junit.jupiter.api.Test;

class MyNumberCipherTest {

  private static MyNumberCipher cipher(String key, String keyId) {
    MyNumberCipher cipher = new MyNumberCipher();
    cipher.configuredKey = key;
    cipher.keyId = keyId;
    cipher.init();
    return cipher;
  }

  @Test
  void encryptedMyNumberDecryptsToTheOriginalAndIsMaskedToTheLastFourDigits() {
    MyNumberCipher cipher = cipher(MyNumberCipher.DEMO_KEY, "demo");

    EncryptedMyNumber stored = cipher.protect("123456789018");

    assertThat(stored.cipherText()).doesNotContain("123456789018");
    assertThat(stored.keyId()).isEqualTo("demo");
    assertThat(stored.masked()).isEqualTo("********9018");
    assertThat(cipher.reveal(stored)).isEqualTo("123456789018");
  }

  @Test
  void aSealedSecretOpensToTheOriginalAndPlainTextStaysAsItIs() {
    MyNumberCipher cipher = cipher(MyNumberCipher.DEMO_KEY, "demo");

    String sealed = cipher.seal("k-secret-4711");

    assertThat(sealed).startsWith("aes-gcm:demo:").doesNotContain("k-secret-4711");
    assertThat(MyNumberCipher.isSealed(sealed)).isTrue();
    assertThat(cipher.open(sealed)).isEqualTo("k-secret-4711");
    assertThat(cipher.open("plain")).isEqualTo("plain");
  }

  @Test
  void theSameNumberEncryptsDifferentlyEachTime() {
    MyNumberCipher cipher = cipher(MyNumberCipher.DEMO_KEY, "demo");

    assertThat(cipher.protect("123456789018").cipherText())
        .isNotEqualTo(cipher.protect("123456789018").cipherText());
  }

  @Test
  void aCipherTextUnderAnotherKeyIdIsNotDecryptedWithTheWrongKey() {
    EncryptedMyNumber stored = cipher(MyNumberCipher.DEMO_KEY, "demo").protect("123456789018");
    MyNumberCipher other = cipher("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "2026-01");

    assertThatThrownBy(() -> other.reveal(stored)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void keysOfTheWrongLengthAreRefusedAtStartUp() {
    assertThatThrownBy(() -> cipher("c2hvcnQ=", "x")).isInstanceOf(IllegalStateException.class);
  }
}
