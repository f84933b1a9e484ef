package jp.madoguchi.app.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers for a short while which user name and password pairs were verified, so that API clients
 * sending HTTP Basic on every request do not pay for PBKDF2 every time. Keys are HMACs under a
 * per-process random key: no password is held in memory.
 */
@ApplicationScoped
public class VerifiedCredentialCache {

  private static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(String caller, Set<String> groups, long expiresAtNanos) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final byte[] macKey = new byte[32];

  public VerifiedCredentialCache() {
    new SecureRandom().nextBytes(macKey);
  }

  private Entry lookup(String caller, String password) {
    Entry entry = entries.get(key(caller, password));
    if (entry == null || entry.expiresAtNanos() < System.nanoTime()) {
      return null;
    }
    return entry;
  }

  public Set<String> groupsIfVerified(String caller, String password) {
    Entry entry = lookup(caller, password);
    return entry == null ? null : entry.groups();
  }

  public void remember(String caller, String password, Set<String> groups) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(
        key(caller, password),
        new Entry(caller, Set.copyOf(groups), System.nanoTime() + TIME_TO_LIVE.toNanos()));
  }

  public void forgetAll() {
    entries.clear();
  }

  private String key(String caller, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
      mac.update(caller.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
    }
  }
}
