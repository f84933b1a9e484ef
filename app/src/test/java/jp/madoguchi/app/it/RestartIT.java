package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jp.madoguchi.app.it.Api.Reply;
import org.junit.jupiter.api.Test;

class RestartIT {

  @Test
  void applicationsSurviveARestartAndDemoDataIsNotDuplicated() throws Exception {
    ApplicationJson application = ApplicationJson.valid("LTC-01");
    assertThat(Api.portal().postJson("/api/v1/applications", application.json()).status())
        .isEqualTo(201);
    var before = MadoguchiServer.get().database().rowCounts();

    MadoguchiServer.get().restart();

    Reply status =
        Api.portal().get("/api/v1/applications/" + application.receiptNumber() + "/status");
    assertThat(status.status()).isEqualTo(200);
    assertThat(status.json().get("portalStatus").asText()).isEqualTo("処理中");
    assertThat(MadoguchiServer.get().database().rowCounts()).isEqualTo(before);
  }
}
