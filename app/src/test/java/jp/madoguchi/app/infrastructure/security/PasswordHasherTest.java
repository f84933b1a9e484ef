package jp.madoguchi.app.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  @Test
  void theRightPasswordMatchesItsHash() {
    assertThat(PasswordHasher.matches("clerk-demo", PasswordHasher.hash("clerk-demo"))).isTrue();
  }

  @Test
  void aWrongPasswordDoesNotMatch() {
    assertThat(PasswordHasher.matches("clerk-demo!", PasswordHasher.hash("clerk-demo"))).isFalse();
  }

  @Test
  void theSamePasswordHashesDifferentlyEachTimeBecauseOfTheSalt() {
    assertThat(PasswordHasher.hash("same")).isNotEqualTo(PasswordHasher.hash("same"));
  }

  @Test
  void malformedStoredHashesNeverMatch() {
    assertThat(PasswordHasher.matches("x", null)).isFalse();
    assertThat(PasswordHasher.matches("x", "plain-text")).isFalse();
    assertThat(PasswordHasher.matches("x", "md5$1$abc$def")).isFalse();
  }
}
