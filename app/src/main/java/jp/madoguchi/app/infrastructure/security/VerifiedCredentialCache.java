package jp.madoguchi.app.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jp.madoguchi.app.domain.account.CredentialCache;

/**
 * Remembers for a short while which user name and password pairs were verified, so that API clients
 * sending HTTP Basic on every request do not pay for PBKDF2 every time. Keys are HMACs under a
 * per-process random key: no password is held in memory. Concurrent requests with the same pair
 * that find nothing remembered wait for one verification instead of each running PBKDF2 (at 64
 * concurrent portal requests, a cold or expired entry used to cost 64 derivations at once).
 */
@ApplicationScoped
public class VerifiedCredentialCache implements CredentialCache {

  private static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(String caller, Set<String> groups, long expiresAtNanos) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, CompletableFuture<Set<String>>> verifying =
      new ConcurrentHashMap<>();
  private final byte[] macKey = new byte[32];

  public VerifiedCredentialCache() {
    new SecureRandom().nextBytes(macKey);
  }

  /**
   * The pair's groups: remembered, or from {@code verification} (null when the pair is not valid),
   * run once for all concurrent callers with the same pair; a valid result is remembered.
   */
  public Set<String> verify(String caller, String password, Supplier<Set<String>> verification) {
    String key = key(caller, password);
    Entry entry = lookup(key);
    if (entry != null) {
      return entry.groups();
    }
    CompletableFuture<Set<String>> mine = new CompletableFuture<>();
    CompletableFuture<Set<String>> running = verifying.putIfAbsent(key, mine);
    if (running != null) {
      try {
        return running.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException cause ? cause : e;
      }
    }
    try {
      Set<String> groups = verification.get();
      if (groups != null) {
        rememberKey(key, caller, groups);
      }
      mine.complete(groups);
      return groups;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      verifying.remove(key, mine);
    }
  }

  private Entry lookup(String key) {
    Entry entry = entries.get(key);
    if (entry == null || entry.expiresAtNanos() < System.nanoTime()) {
      return null;
    }
    return entry;
  }

  private void rememberKey(String key, String caller, Set<String> groups) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(
        key, new Entry(caller, Set.copyOf(groups), System.nanoTime() + TIME_TO_LIVE.toNanos()));
  }

  @Override
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
