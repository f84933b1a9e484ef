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
 * 12-byte IV followed by the cipher text and tag; the key id travels alongside.
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

  public boolean usesDemoKey() {
    return DEMO_KEY.equals(configuredKey);
  }

  @Override
  public EncryptedMyNumber protect(String twelveDigits) {
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(twelveDigits.getBytes(StandardCharsets.US_ASCII));
      byte[] stored = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
      return new EncryptedMyNumber(
          Base64.getEncoder().encodeToString(stored), keyId, twelveDigits.substring(8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  @Override
  public String reveal(EncryptedMyNumber encrypted) {
    if (!keyId.equals(encrypted.keyId())) {
      throw new IllegalStateException("no key configured for key id " + encrypted.keyId());
    }
    try {
      byte[] stored = Base64.getDecoder().decode(encrypted.cipherText());
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
      cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
      byte[] plain = cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
      return new String(plain, StandardCharsets.US_ASCII);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("stored 個人番号 could not be decrypted", e);
    }
  }
}
