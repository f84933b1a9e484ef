package jp.madoguchi.app.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class UserAccountLockoutTest {

  private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");

  private static UserAccount account(Role role) {
    return new UserAccount("someone", "hash", EnumSet.of(role), false, NOW);
  }

  @Test
  void aPersonsAccountLocksAfterFiveFailuresInARow() {
    UserAccount clerk = account(Role.CLERK);
    for (int i = 0; i < UserAccount.MAX_FAILED_LOGINS; i++) {
      clerk.loginFailed(NOW);
    }

    assertThat(clerk.isLocked(NOW.plusSeconds(60))).isTrue();
  }

  @Test
  void machineAccountsAreNeverLockedHoweverOftenTheyFail() {
    for (Role role : EnumSet.of(Role.PORTAL, Role.BATCH)) {
      UserAccount machine = account(role);
      for (int i = 0; i < 50; i++) {
        machine.loginFailed(NOW);
      }

      assertThat(machine.isLocked(NOW)).as(role.name()).isFalse();
    }
  }
}
