package jp.madoguchi.app.domain.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientScopeTest {

  private static final List<String> PULL_READERS = List.of("portal");

  @Test
  void aClientSeesWhatItSubmittedAndNothingOfAnotherClient() {
    ClientScope scope = ClientScope.of("api-client:city-portal", PULL_READERS);

    assertThat(scope.sees(new Submitter("api-client:city-portal"))).isTrue();
    assertThat(scope.sees(new Submitter("api-client:other"))).isFalse();
    assertThat(scope.sees(new Submitter("portal"))).isFalse();
  }

  @Test
  void onlyThePullReadersSeeWhatThePortalPullFetched() {
    ClientScope reader = ClientScope.of("portal", PULL_READERS);
    ClientScope other = ClientScope.of("api-client:other", PULL_READERS);

    assertThat(reader.seesPortalPull()).isTrue();
    assertThat(reader.sees(Submitter.PORTAL_PULL)).isTrue();
    assertThat(reader.submitterNames()).containsExactlyInAnyOrder("portal", "portal-pull");
    assertThat(other.seesPortalPull()).isFalse();
    assertThat(other.submitterNames()).containsExactly("api-client:other");
  }

  @Test
  void withoutPullReadersNobodySeesThePull() {
    assertThat(ClientScope.of("portal", List.of()).seesPortalPull()).isFalse();
  }

  @Test
  void aSubmitterIsNamedAndBounded() {
    assertThat(new Submitter("x".repeat(Submitter.MAX_LENGTH)).name()).hasSize(100);
    assertThatThrownBy(() -> new Submitter(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Submitter(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Submitter("x".repeat(101)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
