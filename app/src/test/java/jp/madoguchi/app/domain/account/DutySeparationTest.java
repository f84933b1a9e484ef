package jp.madoguchi.app.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DutySeparationTest {

  @Test
  void nobodyChangesTheirOwnAccount() {
    assertThatThrownBy(() -> DutySeparation.notOwnAccount("itadmin", "itadmin"))
        .isInstanceOf(DutyViolation.class)
        .satisfies(e -> assertThat(((DutyViolation) e).forbidsTheCaller()).isTrue());
  }

  @Test
  void changingSomeoneElsesAccountIsAllowed() {
    DutySeparation.notOwnAccount("itadmin", "clerk");
  }

  @Test
  void auditorIsNeverHeldWithItAdmin() {
    assertThatThrownBy(() -> DutySeparation.compatible(EnumSet.of(Role.AUDITOR, Role.IT_ADMIN)))
        .isInstanceOf(DutyViolation.class)
        .hasMessageContaining("兼任できません")
        .satisfies(e -> assertThat(((DutyViolation) e).forbidsTheCaller()).isFalse());
  }

  @Test
  void auditorMayBeHeldWithOtherRoles() {
    DutySeparation.compatible(EnumSet.of(Role.AUDITOR, Role.CLERK));
  }

  @Test
  void onlySupervisorAuditorAndItAdminNotYetHeldNeedApproval() {
    Set<Role> held = EnumSet.of(Role.CLERK, Role.SUPERVISOR);
    Set<Role> requested = EnumSet.of(Role.CLERK, Role.SUPERVISOR, Role.AUDITOR, Role.BATCH);

    assertThat(DutySeparation.needingApproval(held, requested)).containsExactly(Role.AUDITOR);
  }

  @Test
  void itAdminNeedsApprovalSoNoAdminCanMakeAPuppetAdmin() {
    assertThat(DutySeparation.needingApproval(Set.of(), EnumSet.of(Role.IT_ADMIN)))
        .containsExactly(Role.IT_ADMIN);
  }

  @Test
  void apiClientsHoldMachineRolesOnly() {
    DutySeparation.apiClientRoles(EnumSet.of(Role.PORTAL, Role.BATCH));
    for (Role role : EnumSet.of(Role.CLERK, Role.SUPERVISOR, Role.AUDITOR, Role.IT_ADMIN)) {
      assertThatThrownBy(() -> DutySeparation.apiClientRoles(EnumSet.of(role)))
          .as(role.name())
          .isInstanceOf(DutyViolation.class);
    }
  }

  @Test
  void passwordsOfPrivilegedAccountsAreNotReset() {
    assertThatThrownBy(() -> DutySeparation.passwordResettable(EnumSet.of(Role.SUPERVISOR)))
        .isInstanceOf(DutyViolation.class);
    DutySeparation.passwordResettable(EnumSet.of(Role.CLERK));
  }

  @Test
  void machineAccountsHavePortalOrBatchAndNothingElse() {
    assertThat(DutySeparation.isMachine(EnumSet.of(Role.PORTAL))).isTrue();
    assertThat(DutySeparation.isMachine(EnumSet.of(Role.BATCH))).isTrue();
    assertThat(DutySeparation.isMachine(EnumSet.of(Role.PORTAL, Role.CLERK))).isFalse();
    assertThat(DutySeparation.isMachine(Set.of())).isFalse();
  }
}
