package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.madoguchi.app.it.Api.Reply;
import org.junit.jupiter.api.Test;

/**
 * Machine accounts (PORTAL, BATCH) and API tokens are throttled per source address, never locked.
 * The test server trusts 127.0.0.1 as a reverse proxy (MADOGUCHI_HTTP_TRUSTED_PROXIES), so a
 * request with {@code X-Forwarded-For} comes from the address it names, one without from 127.0.0.1.
 */
class MachineAccountThrottleIT {

  private static final Api ADMIN = Api.as("itadmin", "itadmin-demo");

  /** madoguchi.auth.throttle.max-failures (default). */
  private static final int MAX_FAILURES = 10;

  @Test
  void aWrongPasswordBurstFromOneAddressIsThrottledWhileThePortalKeepsSubmitting() {
    String attacker = address();
    for (int i = 0; i < MAX_FAILURES; i++) {
      assertThat(from(attacker, Api.as("portal", "guess-" + i)).status()).isEqualTo(401);
    }

    Reply throttled = from(attacker, Api.as("portal", "guess-again"));
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.contentType()).startsWith("application/problem+json");
    assertThat(throttled.json().get("detail").asText()).contains("秒後に再度お試しください");
    assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 300L);
    assertThat(from(attacker, Api.portal()).status())
        .as("the attacker's address is refused before any password is looked at")
        .isEqualTo(429);

    Reply submitted =
        Api.portal().postJson("/api/v1/applications", ApplicationJson.valid("CC-01").json());
    assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
    assertThat(from(address(), Api.portal()).status()).isEqualTo(200);
    assertThat(lockedUntil("portal")).as("the portal account is never locked").isNull();
  }

  @Test
  void badBearerTokensFromOneAddressAreThrottledToo() {
    String attacker = address();
    for (int i = 0; i < MAX_FAILURES; i++) {
      assertThat(from(attacker, Api.bearer("mdg_not-a-token-" + i)).status()).isEqualTo(401);
    }

    assertThat(from(attacker, Api.bearer("mdg_not-a-token")).status()).isEqualTo(429);
    assertThat(from(address(), Api.as("batch", "batch-demo")).status()).isNotIn(401, 429);
  }

  @Test
  void staffAccountsKeepTheirLockoutAndDoNotThrottleTheirAddress() {
    String clerk = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
    ObjectNode body =
        Api.JSON.createObjectNode().put("username", clerk).put("password", "correct horse battery");
    body.putArray("roles").add("CLERK");
    assertThat(ADMIN.postJson("/api/v1/admin/users", body).status()).isEqualTo(201);
    String office = address();
    for (int i = 0; i < MAX_FAILURES; i++) {
      assertThat(from(office, Api.as(clerk, "wrong " + i)).status()).isEqualTo(401);
    }

    assertThat(from(office, Api.as(clerk, "correct horse battery")).status())
        .as("a person's account is locked")
        .isEqualTo(401);
    assertThat(lockedUntil(clerk)).isNotNull();
    assertThat(from(office, Api.portal()).status())
        .as("failures of a person's account do not throttle the address")
        .isEqualTo(200);
  }

  private static Reply from(String address, Api api) {
    return api.send(
        api.request("/api/v1/status-changes?limit=1").header("X-Forwarded-For", address).GET());
  }

  private static String lockedUntil(String user) {
    for (var u : ADMIN.get("/api/v1/admin/users").json()) {
      if (u.get("username").asText().equals(user)) {
        return u.get("lockedUntil").isNull() ? null : u.get("lockedUntil").asText();
      }
    }
    throw new AssertionError("no user " + user);
  }

  /** A documentation address (RFC 3849) of its own for each caller. */
  private static String address() {
    return "2001:db8::"
        + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16)
            .replaceAll("(....)(?=.)", "$1:");
  }
}
