package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * After every other integration test of the run (see {@link RunsLast}): no text column of any table
 * holds a 個人番号 in clear, whatever the tests before submitted, resubmitted, exported or disclosed.
 */
@RunsLast
class PersonalDataAtRestIT {

  @Test
  void noTextColumnOfAnyTableHoldsAMyNumberInClear() throws Exception {
    TestDatabase database = MadoguchiServer.get().database();
    try (var connection = database.connect()) {
      assertThat(PlaintextMyNumbers.textColumns(connection))
          .as("the scan reads the tables that hold personal data")
          .containsKeys("application", "application_revision", "status_change", "audit_entry");
    }

    List<PlaintextMyNumbers.Hit> hits = PlaintextMyNumbers.scan(database);

    assertThat(hits).as("個人番号 in clear").isEmpty();
  }
}
