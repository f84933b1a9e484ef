package jp.madoguchi.app.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionCookiePolicyTest {

  @Test
  void theSessionCookieGetsTheSecureFlag() {
    assertThat(SessionCookiePolicy.secure("MADOGUCHI_SESSION=abc; Path=/; HttpOnly"))
        .isEqualTo("MADOGUCHI_SESSION=abc; Path=/; HttpOnly; Secure");
  }

  @Test
  void aCookieAlreadySecureIsLeftAsItIs() {
    assertThat(SessionCookiePolicy.secure("MADOGUCHI_SESSION=abc; Secure; HttpOnly"))
        .isEqualTo("MADOGUCHI_SESSION=abc; Secure; HttpOnly");
  }

  @Test
  void otherCookiesAreLeftAlone() {
    assertThat(SessionCookiePolicy.secure("OTHER=1; Path=/")).isEqualTo("OTHER=1; Path=/");
  }
}
