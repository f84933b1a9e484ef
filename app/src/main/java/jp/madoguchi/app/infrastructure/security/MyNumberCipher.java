package jp.madoguchi.app.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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
 * 12-byte IV followed by the cipher text and tag; the key id travels alongside (and is bound in as
 * additional authenticated data). The same key seals other secrets at rest ({@link #seal}), such as
 * the API keys of linkage routes.
 *
 * <p>Rotation: {@code madoguchi.mynumber.previous-keys} ({@code id=base64,…}) lists earlier keys,
 * used only to read what they encrypted; everything new is encrypted with the current key, and
 * {@link #rewrap}/{@link #reseal} move stored values to it (docs/production.md).
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

  @Inject
  @ConfigProperty(name = "madoguchi.mynumber.previous-keys")
  Optional<String> previousKeys;

  private SecretKey key;
  private final Map<String, SecretKey> keys = new HashMap<>();

  @PostConstruct
  void init() {
    if (!keyId.matches("[^:=,\\s]{1,32}")) {
      throw new IllegalStateException(
          "madoguchi.mynumber.key-id must be 1 to 32 characters without ':', '=', ',' or spaces");
    }
    key = aesKey(configuredKey, "madoguchi.mynumber.key");
    keys.put(keyId, key);
    String previous = previousKeys == null ? "" : previousKeys.orElse("");
    for (String entry : previous.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      int equals = entry.indexOf('=');
      String id = equals < 0 ? "" : entry.substring(0, equals).strip();
      if (id.isEmpty() || keys.containsKey(id)) {
        throw new IllegalStateException(
            "madoguchi.mynumber.previous-keys must be id=base64 entries, each id once and not the"
                + " current key id");
      }
      keys.put(id, aesKey(entry.substring(equals + 1).strip(), "madoguchi.mynumber.previous-keys"));
    }
  }

  private static SecretKey aesKey(String base64, String setting) {
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      raw = new byte[0];
    }
    if (raw.length != 32) {
      throw new IllegalStateException(setting + " must be base64 of 32 bytes");
    }
    return new SecretKeySpec(raw, "AES");
  }

  /** The id of the key everything is encrypted with now. */
  public String currentKeyId() {
    return keyId;
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
    return new String(
        decrypt(encrypted.cipherText(), encrypted.keyId(), "個人番号"), StandardCharsets.US_ASCII);
  }

  /** The same 個人番号 encrypted with the current key (as it is when already so). */
  public EncryptedMyNumber rewrap(EncryptedMyNumber encrypted) {
    return keyId.equals(encrypted.keyId()) ? encrypted : protect(reveal(encrypted));
  }

  /** Sealed text sealed again with the current key; other text (or current) is returned as is. */
  public String reseal(String text) {
    return !isSealed(text) || text.startsWith(SEALED + keyId + ":") ? text : seal(open(text));
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
    if (colon < 0) {
      throw new IllegalStateException("a sealed secret without a key id");
    }
    return new String(
        decrypt(rest.substring(colon + 1), rest.substring(0, colon), "secret"),
        StandardCharsets.UTF_8);
  }

  /**
   * Bytes encrypted for storage with the current key ({@link #currentKeyId}, to be kept alongside):
   * the IV followed by the cipher text and tag.
   */
  public byte[] sealBytes(byte[] plain) {
    return encryptRaw(plain);
  }

  /** The bytes {@link #sealBytes} sealed with the key of {@code keyId}. */
  public byte[] openBytes(byte[] sealed, String keyId) {
    return decryptRaw(sealed, keyId, "content");
  }

  private String encrypt(byte[] plain) {
    return Base64.getEncoder().encodeToString(encryptRaw(plain));
  }

  private byte[] encryptRaw(byte[] plain) {
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain);
      return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  private byte[] decrypt(String base64, String id, String what) {
    byte[] stored;
    try {
      stored = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("stored " + what + " could not be decrypted", e);
    }
    return decryptRaw(stored, id, what);
  }

  private byte[] decryptRaw(byte[] stored, String id, String what) {
    SecretKey readWith = keys.get(id);
    if (readWith == null) {
      throw new IllegalStateException("no key configured for key id " + id);
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, readWith, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
      cipher.updateAAD(id.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("stored " + what + " could not be decrypted", e);
    }
  }
}
