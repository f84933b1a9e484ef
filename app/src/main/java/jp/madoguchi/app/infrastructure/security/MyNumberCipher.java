package jp.madoguchi.app.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import jp.madoguchi.app.domain.application.EncryptedMyNumber;
import jp.madoguchi.app.domain.application.MyNumberProtector;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * AES-256-GCM encryption of 個人番号 with a key from configuration ({@code madoguchi.mynumber.key},
 * base64 of 32 bytes, and its id {@code madoguchi.mynumber.key-id}). Stored form: base64 of the
 * 12-byte IV followed by the cipher text and tag; the key id travels alongside. The same key seals
 * other secrets at rest ({@link #seal}), such as the API keys of linkage routes.
 */
@ApplicationScoped
public class MyNumberCipher implements MyNumberProtector {

  /** A published key for demo mode only; production mode refuses to start with it. */
  public static final String DEMO_KEY = "ZGVtby1vbmx5LWtleS1kby1ub3QtdXNlLWluLXByb2Q=";

  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject
  @ConfigProperty(name = "madoguchi.mynumber.key", defaultValue = DEMO_KEY)
  String configuredKey;

  @Inject
  @ConfigProperty(name = "madoguchi.mynumber.key-id", defaultValue = "demo")
  String keyId;

  private SecretKey key;

  @PostConstruct
  void init() {
    byte[] raw = Base64.getDecoder().decode(configuredKey);
    if (raw.length != 32) {
      throw new IllegalStateException("madoguchi.mynumber.key must be base64 of 32 bytes");
    }
    key = new SecretKeySpec(raw, "AES");
  }

  @Override
  public boolean usesDemoKey() {
    return DEMO_KEY.equals(configuredKey);
  }

  @Override
  public EncryptedMyNumber protect(String twelveDigits) {
    return new EncryptedMyNumber(
        encrypt(twelveDigits.getBytes(StandardCharsets.US_ASCII)),
        keyId,
        twelveDigits.substring(8));
  }

  @Override
  public String reveal(EncryptedMyNumber encrypted) {
    if (!keyId.equals(encrypted.keyId())) {
      throw new IllegalStateException("no key configured for key id " + encrypted.keyId());
    }
    return new String(decrypt(encrypted.cipherText(), "個人番号"), StandardCharsets.US_ASCII);
  }

  /** A prefix telling sealed text from plain text, followed by the key id and the cipher text. */
  private static final String SEALED = "aes-gcm:";

  /** Whether {@code text} is the output of {@link #seal}. */
  public static boolean isSealed(String text) {
    return text != null && text.startsWith(SEALED);
  }

  /** Text encrypted for storage: {@code aes-gcm:<key id>:<base64 of IV, cipher text and tag>}. */
  public String seal(String plain) {
    return SEALED + keyId + ":" + encrypt(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The text {@link #seal} sealed; text that is not sealed is returned as it is. */
  public String open(String text) {
    if (!isSealed(text)) {
      return text;
    }
    String rest = text.substring(SEALED.length());
    int colon = rest.indexOf(':');
    if (colon < 0 || !keyId.equals(rest.substring(0, colon))) {
      throw new IllegalStateException("no key configured for a sealed secret");
    }
    return new String(decrypt(rest.substring(colon + 1), "secret"), StandardCharsets.UTF_8);
  }

  private String encrypt(byte[] plain) {
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain);
      byte[] stored = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
      return Base64.getEncoder().encodeToString(stored);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  private byte[] decrypt(String base64, String what) {
    try {
      byte[] stored = Base64.getDecoder().decode(base64);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
      cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("stored " + what + " could not be decrypted", e);
    }
  }
}
