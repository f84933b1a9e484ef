package jp.madoguchi.app.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcedureScopeTest {

  private static final ProcedureGroups CATALOG =
      new ProcedureGroups(
          Map.of(
              "子育て", List.of("CC-01", "CC-02"),
              "介護", List.of("LTC-01"),
              "被災者支援", List.of("DIS-01"),
              "引越し", List.of("MOV-IN", "MOV-OUT")));

  @Test
  void allPermitsEveryProcedureIncludingOnesNotYetInTheCatalog() {
    assertThat(ProcedureScope.ALL.permits("CC-01")).isTrue();
    assertThat(ProcedureScope.ALL.permits("XX-99")).isTrue();
  }

  @Test
  void aLimitedScopePermitsOnlyItsCodes() {
    ProcedureScope scope = ProcedureScope.only(List.of("DIS-01", "CC-01"));

    assertThat(scope.permits("CC-01")).isTrue();
    assertThat(scope.permits("DIS-01")).isTrue();
    assertThat(scope.permits("CC-02")).isFalse();
    assertThat(scope.permits(null)).isFalse();
    assertThat(scope.sortedCodes()).containsExactly("CC-01", "DIS-01");
  }

  @Test
  void anEmptyScopePermitsNothing() {
    assertThat(ProcedureScope.only(List.of()).permits("CC-01")).isFalse();
  }

  @Test
  void aGroupStandsForEveryProcedureInItsCatalogCategory() {
    ProcedureScope scope = CATALOG.scope(Set.of("子育て"), Set.of("DIS-01"));

    assertThat(scope.codes()).containsExactlyInAnyOrder("CC-01", "CC-02", "DIS-01");
    assertThat(scope.permits("LTC-01")).isFalse();
  }

  @Test
  void theIssuesGroupNamesAreAliasesOfTheCatalogCategories() {
    assertThat(CATALOG.group("罹災")).contains("被災者支援");
    assertThat(CATALOG.group("住民異動")).contains("引越し");
    assertThat(CATALOG.group("子育て")).contains("子育て");
    assertThat(CATALOG.group("税務")).isEmpty();
  }

  @Test
  void onlyCatalogCodesAreKnownProcedures() {
    assertThat(CATALOG.hasProcedure("MOV-OUT")).isTrue();
    assertThat(CATALOG.hasProcedure("XX-99")).isFalse();
  }

  @Test
  void anAssignmentResolvesItsGroupsAgainstTheCatalogOfToday() {
    ProcedureAssignment assignment = new ProcedureAssignment("cc-clerk");
    assignment.limitTo(Set.of("介護"), Set.of("MOV-IN"), "itadmin", Instant.EPOCH);

    ProcedureScope scope = assignment.scope(CATALOG);

    assertThat(scope.codes()).containsExactlyInAnyOrder("LTC-01", "MOV-IN");
    assertThat(assignment.changedBy()).isEqualTo("itadmin");
  }

  @Test
  void anAssignmentMustNameSomething() {
    ProcedureAssignment assignment = new ProcedureAssignment("nobody");

    assertThatThrownBy(() -> assignment.limitTo(Set.of(), Set.of(), "itadmin", Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
