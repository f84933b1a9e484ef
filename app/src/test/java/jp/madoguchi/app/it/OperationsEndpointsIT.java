package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import jp.madoguchi.app.it.Api.Reply;
import org.junit.jupiter.api.Test;

/** /metrics for operators only, /health open but free of personal data, a Secure session cookie. */
class OperationsEndpointsIT {

  @Test
  void metricsNeedALogin() {
    Reply metrics = Api.anonymous().get("/metrics");

    assertThat(metrics.status()).isEqualTo(401);
    assertThat(metrics.contentType()).startsWith("application/problem+json");
    assertThat(metrics.header("WWW-Authenticate")).startsWith("Basic");
    assertThat(metrics.text()).doesNotContain("classloader");
  }

  @Test
  void metricsAreForItAdminsNotForOtherRoles() {
    for (Api other : new Api[] {Api.portal(), Api.as("clerk", "clerk-demo")}) {
      Reply refused = other.get("/metrics");
      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    Reply metrics = Api.as("itadmin", "itadmin-demo").get("/metrics");

    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.text()).contains("classloader");
  }

  @Test
  void aScraperReadsTheMetricsWithTheConfiguredTokenAndNothingElse() {
    Reply metrics = Api.bearer(MadoguchiServer.METRICS_TOKEN).get("/metrics");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.text()).contains("classloader");

    assertThat(Api.bearer(MadoguchiServer.METRICS_TOKEN + "x").get("/metrics").status())
        .isEqualTo(401);
    assertThat(Api.bearer(MadoguchiServer.METRICS_TOKEN).get("/api/v1/intake").status())
        .isEqualTo(401);
  }

  @Test
  void healthStaysOpenForProbesAndCarriesNoPersonalData() {
    Reply health = Api.anonymous().get("/health");

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.text())
        .doesNotContainPattern("\\d{12}")
        .doesNotContain("myNumber", "applicant", "山田", "receiptNumber");
    health
        .json()
        .get("checks")
        .forEach(
            check ->
                assertThat(check.get("name").asText())
                    .isIn(
                        "application",
                        "database",
                        "jpa",
                        "migrations",
                        "rest-api",
                        "linkage",
                        "portal-pull"));
  }

  @Test
  void theSessionCookieIsSecureWhenTheLoginCameOverHttps() {
    Reply overHttps = login("https");
    Reply overHttp = login(null);

    assertThat(overHttps.status()).isEqualTo(200);
    assertThat(overHttps.header("Set-Cookie"))
        .startsWith("MADOGUCHI_SESSION=")
        .containsIgnoringCase("; Secure")
        .containsIgnoringCase("HttpOnly");
    assertThat(overHttp.status()).isEqualTo(200);
    assertThat(overHttp.header("Set-Cookie")).doesNotContainIgnoringCase("secure");
  }

  /** A login through the trusted proxy (127.0.0.1 in the tests), which says how it was reached. */
  private static Reply login(String forwardedProto) {
    Api api = Api.anonymous();
    HttpRequest.Builder request =
        api.request("/ui/login")
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"username\":\"clerk\",\"password\":\"clerk-demo\"}"));
    if (forwardedProto != null) {
      request.header("X-Forwarded-Proto", forwardedProto);
    }
    return api.send(request);
  }
}
