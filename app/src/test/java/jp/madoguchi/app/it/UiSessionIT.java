package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jp.madoguchi.app.it.Api.Reply;
import org.junit.jupiter.api.Test;

/** The web UI's session login, CSRF protection and security headers. */
class UiSessionIT {

  @Test
  void formLoginAnswersTheUserRolesAndCsrfTokenWithAStrictHttpOnlyCookie() {
    Reply login = new UiSession().loginWithForm("clerk", "clerk-demo");

    assertThat(login.status()).as(login.text()).isEqualTo(200);
    assertThat(login.json().get("username").asText()).isEqualTo("clerk");
    assertThat(login.json().get("roles").toString()).contains("CLERK");
    assertThat(login.json().get("csrfToken").asText()).hasSizeGreaterThan(30);
    String cookie = login.header("Set-Cookie");
    assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    assertThat(login.header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void wrongPasswordAndUnknownUserGetTheSame401Problem() {
    Reply wrongPassword = new UiSession().loginWithForm("clerk", "wrong");
    Reply unknownUser = new UiSession().loginWithJson("nobody-here", "wrong");

    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(wrongPassword.contentType()).startsWith("application/problem+json");
    assertThat(wrongPassword.json().get("detail").asText()).isEqualTo("ユーザー名またはパスワードが正しくありません");
    assertThat(unknownUser.status()).isEqualTo(401);
    assertThat(unknownUser.json()).isEqualTo(wrongPassword.json());
  }

  @Test
  void loginChangesTheSessionId() {
    UiSession browser = new UiSession();
    String first = browser.loginWithJson("clerk", "clerk-demo").header("Set-Cookie");
    String second = browser.loginWithJson("clerk", "clerk-demo").header("Set-Cookie");

    assertThat(first).isNotNull();
    assertThat(second).isNotNull().isNotEqualTo(first);
  }

  @Test
  void sessionAuthenticatesApiReadsWithoutBasic() {
    UiSession clerk = UiSession.clerk();

    Reply queue = clerk.get("/api/v1/intake?limit=5");

    assertThat(queue.status()).as(queue.text()).isEqualTo(200);
    assertThat(queue.json().has("items")).isTrue();
    assertThat(queue.header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void stateChangeWithoutCsrfTokenIs403Problem() {
    String id = WorkflowIT.submit("CC-01").id();
    UiSession clerk = UiSession.clerk();

    Reply forged = clerk.post("/api/v1/intake/" + id + "/claim", "application/json", "{}", null);
    Reply wrongToken =
        clerk.post("/api/v1/intake/" + id + "/claim", "application/json", "{}", "forged");

    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.contentType()).startsWith("application/problem+json");
    assertThat(forged.json().get("detail").asText()).contains("CSRF");
    assertThat(wrongToken.status()).isEqualTo(403);
  }

  @Test
  void stateChangeWithTheSessionsCsrfTokenIsDoneAsTheLoggedInUser() {
    String id = WorkflowIT.submit("CC-01").id();
    UiSession clerk = UiSession.clerk();

    Reply claim =
        clerk.post("/api/v1/intake/" + id + "/claim", "application/json", "{}", clerk.csrfToken());

    assertThat(claim.status()).as(claim.text()).isEqualTo(200);
    assertThat(claim.json().get("assignee").asText()).isEqualTo("clerk");
  }

  @Test
  void logoutEndsTheSession() {
    UiSession clerk = UiSession.clerk();
    String token = clerk.csrfToken();

    Reply logout = clerk.post("/ui/logout", "application/json", "{}", token);

    assertThat(logout.status()).isEqualTo(204);
    assertThat(clerk.get("/ui/session").status()).isEqualTo(401);
    assertThat(clerk.get("/api/v1/intake").status()).isEqualTo(401);
  }

  @Test
  void sessionInfoWithoutLoginIs401Problem() {
    Reply session = new UiSession().get("/ui/session");

    assertThat(session.status()).isEqualTo(401);
    assertThat(session.contentType()).startsWith("application/problem+json");
  }

  @Test
  void screensCarryContentSecurityPolicyAndNosniff() {
    Reply page = Api.anonymous().get("/");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("lang=\"ja\"");
    String policy = page.header("Content-Security-Policy");
    assertThat(policy).contains("default-src 'self'").contains("frame-ancestors 'none'");
    assertThat(policy).doesNotContain("unsafe-inline");
    assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }
}
