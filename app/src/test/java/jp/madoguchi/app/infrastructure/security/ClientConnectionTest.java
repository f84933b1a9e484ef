package jp.madoguchi.app.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientConnectionTest {

  private static final Set<String> PROXY = Set.of("10.0.0.5");

  @Test
  void withoutATrustedProxyTheSocketPeerIsTheCallerWhateverTheHeaderSays() {
    assertThat(ClientConnection.address("198.51.100.9", "203.0.113.7", Set.of()))
        .isEqualTo("198.51.100.9");
  }

  @Test
  void aTrustedProxyIsBelievedAboutTheAddressItSaw() {
    assertThat(ClientConnection.address("10.0.0.5", "203.0.113.7", PROXY)).isEqualTo("203.0.113.7");
  }

  @Test
  void entriesTheClientMadeUpLeftOfTheProxysOwnAreIgnored() {
    assertThat(ClientConnection.address("10.0.0.5", "1.2.3.4, 203.0.113.7", PROXY))
        .isEqualTo("203.0.113.7");
  }

  @Test
  void aRequestFromTheProxyItselfWithoutHeaderIsTheProxy() {
    assertThat(ClientConnection.address("10.0.0.5", null, PROXY)).isEqualTo("10.0.0.5");
  }

  @Test
  void theSettingIsACommaSeparatedList() {
    assertThat(ClientConnection.parse(" 10.0.0.5 , ::1,"))
        .containsExactlyInAnyOrder("10.0.0.5", "::1");
  }
}
