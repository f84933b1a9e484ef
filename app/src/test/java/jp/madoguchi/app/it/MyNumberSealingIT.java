package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.madoguchi.app.it.Api.Reply;
import org.junit.jupiter.api.Test;

/**
 * Applications stored before V100 hold the form's 個人番号 in clear: the next start of the server
 * encrypts and masks them (MyNumberSealing), and a supervisor can still disclose them.
 */
class MyNumberSealingIT {

  private static final Api CLERK = Api.as("clerk", "clerk-demo");
  private static final Api SUPERVISOR = Api.as("supervisor", "supervisor-demo");

  @Test
  void numbersStoredInClearBeforeTheUpgradeAreSealedAtTheNextStart() throws Exception {
    MyNumberProtectionIT.Family f = distinctFamily();
    Map<String, String> clear =
        Map.of(
            MyNumbers.masked(f.spouse()), f.spouse(),
            MyNumbers.masked(f.child()), f.child());
    storeAsBeforeTheUpgrade(UUID.fromString(f.id()), clear);
    assertThat(clearNumbersOf(f)).as("the simulated old row holds clear numbers").isNotEmpty();

    MadoguchiServer.get().restart();

    assertThat(clearNumbersOf(f)).isEmpty();
    Reply detail = CLERK.get("/api/v1/intake/" + f.id());
    assertThat(detail.json().get("form").get("spouse").get("myNumber").asText())
        .isEqualTo(MyNumbers.masked(f.spouse()));
    Reply disclosed =
        MyNumberProtectionIT.disclose(SUPERVISOR, f.id(), "form.children[1].myNumber", "移行後の確認");
    assertThat(disclosed.status()).as(disclosed.text()).isEqualTo(200);
    assertThat(disclosed.json().get("myNumber").asText()).isEqualTo(f.child());
    JsonNode logged = MyNumberProtectionIT.logged("MY_NUMBERS_SEALED", f.receipt());
    assertThat(logged).hasSize(1);
    assertThat(logged.get(0).get("detail").asText()).isEqualTo("encrypted=2");
  }

  private static MyNumberProtectionIT.Family distinctFamily() {
    MyNumberProtectionIT.Family f = MyNumberProtectionIT.submitFamily();
    while (f.spouse().substring(8).equals(f.child().substring(8))) {
      f = MyNumberProtectionIT.submitFamily();
    }
    return f;
  }

  /** What a row written before V100 looked like: form numbers in clear, nothing encrypted. */
  private static void storeAsBeforeTheUpgrade(UUID id, Map<String, String> clear) throws Exception {
    try (Connection connection = MadoguchiServer.get().database().connect()) {
      String form;
      try (PreparedStatement read =
          connection.prepareStatement("SELECT form_json FROM application WHERE id = ?")) {
        read.setObject(1, id);
        try (ResultSet rs = read.executeQuery()) {
          rs.next();
          form = rs.getString(1);
        }
      }
      for (Map.Entry<String, String> number : clear.entrySet()) {
        form = form.replace(number.getKey(), number.getValue());
      }
      try (PreparedStatement forget =
          connection.prepareStatement(
              "DELETE FROM application_my_number WHERE application_id = ?")) {
        forget.setObject(1, id);
        forget.executeUpdate();
      }
      try (PreparedStatement write =
          connection.prepareStatement(
              "UPDATE application SET form_json = ?, my_numbers_sealed = FALSE WHERE id = ?")) {
        write.setString(1, form);
        write.setObject(2, id);
        assertThat(write.executeUpdate()).isEqualTo(1);
      }
    }
  }

  private static List<String> clearNumbersOf(MyNumberProtectionIT.Family f) {
    return PlaintextMyNumbers.scan(MadoguchiServer.get().database()).stream()
        .filter(hit -> hit.value().equals(f.spouse()) || hit.value().equals(f.child()))
        .map(PlaintextMyNumbers.Hit::where)
        .toList();
  }
}
