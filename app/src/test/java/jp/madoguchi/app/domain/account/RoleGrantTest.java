package jp.madoguchi.app.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RoleGrantTest {

  private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");

  private static RoleGrant supervisorFor(String user) {
    return new RoleGrant(user, Role.SUPERVISOR, "itadmin", NOW);
  }

  @Test
  void aNewGrantIsPending() {
    assertThat(supervisorFor("clerk").state()).isEqualTo(RoleGrant.State.PENDING);
  }

  @Test
  void aSecondAdminApproves() {
    RoleGrant grant = supervisorFor("clerk");

    grant.approve("itadmin2", NOW.plusSeconds(60));

    assertThat(grant.state()).isEqualTo(RoleGrant.State.APPROVED);
    assertThat(grant.decidedBy()).isEqualTo("itadmin2");
  }

  @Test
  void theRequesterCannotApproveTheirOwnRequest() {
    RoleGrant grant = supervisorFor("clerk");

    assertThatThrownBy(() -> grant.approve("itadmin", NOW))
        .isInstanceOfSatisfying(
            DutyViolation.class,
            e -> assertThat(e.kind()).isEqualTo(DutyViolation.Kind.OWN_REQUEST));
    assertThat(grant.state()).isEqualTo(RoleGrant.State.PENDING);
  }

  @Test
  void theGranteeCannotApproveARoleForThemselves() {
    RoleGrant grant = new RoleGrant("itadmin2", Role.AUDITOR, "itadmin", NOW);

    assertThatThrownBy(() -> grant.approve("itadmin2", NOW))
        .isInstanceOfSatisfying(
            DutyViolation.class,
            e -> assertThat(e.kind()).isEqualTo(DutyViolation.Kind.OWN_ACCOUNT));
  }

  @Test
  void nobodyRequestsARoleForThemselves() {
    assertThatThrownBy(() -> new RoleGrant("itadmin", Role.SUPERVISOR, "itadmin", NOW))
        .isInstanceOf(DutyViolation.class);
  }

  @Test
  void aDecidedGrantIsNotDecidedAgain() {
    RoleGrant grant = supervisorFor("clerk");
    grant.reject("itadmin", NOW);

    assertThatThrownBy(() -> grant.approve("itadmin2", NOW))
        .isInstanceOfSatisfying(
            DutyViolation.class,
            e -> assertThat(e.kind()).isEqualTo(DutyViolation.Kind.ALREADY_DECIDED));
    assertThat(grant.state()).isEqualTo(RoleGrant.State.REJECTED);
  }
}
