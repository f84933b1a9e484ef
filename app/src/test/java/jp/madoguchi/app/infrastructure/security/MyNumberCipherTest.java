package jp.madoguchi.app.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import jp.madoguchi.app.domain.application.EncryptedMyNumber;
import org.junit.jupiter.api.Test;

class MyNumberCipherTest {

  private static final String NEW_KEY = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

  private static MyNumberCipher cipher(String key, String keyId) {
    return cipher(key, keyId, null);
  }

  private static MyNumberCipher cipher(String key, String keyId, String previousKeys) {
    MyNumberCipher cipher = new MyNumberCipher();
    cipher.configuredKey = key;
    cipher.keyId = keyId;
    cipher.previousKeys = Optional.ofNullable(previousKeys);
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
    MyNumberCipher other = cipher(NEW_KEY, "2026-01");

    assertThatThrownBy(() -> other.reveal(stored)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void keysOfTheWrongLengthAreRefusedAtStartUp() {
    assertThatThrownBy(() -> cipher("c2hvcnQ=", "x")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void afterRotationTheEarlierKeyStillReadsAndEverythingIsMovedToTheNewKey() {
    MyNumberCipher before = cipher(MyNumberCipher.DEMO_KEY, "demo");
    EncryptedMyNumber stored = before.protect("123456789018");
    String sealed = before.seal("k-secret-4711");
    MyNumberCipher rotated = cipher(NEW_KEY, "2026-01", "demo=" + MyNumberCipher.DEMO_KEY);

    assertThat(rotated.reveal(stored)).isEqualTo("123456789018");
    assertThat(rotated.open(sealed)).isEqualTo("k-secret-4711");
    EncryptedMyNumber moved = rotated.rewrap(stored);
    String resealed = rotated.reseal(sealed);

    assertThat(moved.keyId()).isEqualTo("2026-01");
    assertThat(moved.masked()).isEqualTo("********9018");
    assertThat(resealed).startsWith("aes-gcm:2026-01:");
    MyNumberCipher newKeyOnly = cipher(NEW_KEY, "2026-01");
    assertThat(newKeyOnly.reveal(moved)).isEqualTo("123456789018");
    assertThat(newKeyOnly.open(resealed)).isEqualTo("k-secret-4711");
    assertThat(newKeyOnly.rewrap(moved)).isSameAs(moved);
    assertThat(newKeyOnly.reseal(resealed)).isEqualTo(resealed);
    assertThatThrownBy(() -> newKeyOnly.reveal(stored))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no key configured for key id demo");
  }

  @Test
  void aCipherTextCannotBePassedOffUnderAnotherKeyId() {
    MyNumberCipher both = cipher(NEW_KEY, "2026-01", "demo=" + MyNumberCipher.DEMO_KEY);
    EncryptedMyNumber stored = both.protect("123456789018");

    EncryptedMyNumber relabelled = new EncryptedMyNumber(stored.cipherText(), "demo", "9018");

    assertThatThrownBy(() -> both.reveal(relabelled)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void previousKeysAndKeyIdsThatCannotBeReadAreRefusedAtStartUp() {
    for (String previous :
        new String[] {"demo", "=" + NEW_KEY, "2026-01=" + NEW_KEY, "old=c2hvcnQ=", "old=%%%"}) {
      assertThatThrownBy(() -> cipher(MyNumberCipher.DEMO_KEY, "2026-01", previous))
          .as(previous)
          .isInstanceOf(IllegalStateException.class);
    }
    assertThatThrownBy(() -> cipher(NEW_KEY, "2026:01")).isInstanceOf(IllegalStateException.class);
  }
}
