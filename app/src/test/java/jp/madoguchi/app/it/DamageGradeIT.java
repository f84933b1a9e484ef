package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.app.it.Api.Reply;
import jp.madoguchi.app.it.WorkflowIT.Submitted;
import org.junit.jupiter.api.Test;

/** 被害の程度 (罹災証明書 DIS-01), set by clerks through the real API. */
class DamageGradeIT {

  private static final Api CLERK = Api.as("clerk", "clerk-demo");
  private static final Api SUPERVISOR = Api.as("supervisor", "supervisor-demo");
  private static final Api AUDITOR = Api.as("auditor", "auditor-demo");

  private static Reply setGrade(Api as, String id, String json) {
    return as.send(
        as.request("/api/v1/intake/" + id + "/damage-grade")
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  @Test
  void clerkSetsTheGradeAndSeesItInTheDetail() {
    Submitted s = WorkflowIT.submit("DIS-01");

    Reply reply = setGrade(CLERK, s.id(), "{\"grade\": \"ZENKAI\", \"ratioPercent\": 55}");

    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    JsonNode grade = CLERK.get("/api/v1/intake/" + s.id()).json().get("damageGrade");
    assertThat(grade.get("grade").asText()).isEqualTo("ZENKAI");
    assertThat(grade.get("label").asText()).isEqualTo("全壊");
    assertThat(grade.get("ratioPercent").decimalValue()).isEqualByComparingTo("55.0");
    assertThat(grade.get("assessedBy").asText()).isEqualTo("clerk");
  }

  @Test
  void detailOfARisaiApplicationOffersTheSixGradesInOrder() {
    Submitted s = WorkflowIT.submit("DIS-01");

    JsonNode detail = CLERK.get("/api/v1/intake/" + s.id()).json();

    assertThat(detail.get("damageGrade").isNull()).isTrue();
    List<String> labels = new ArrayList<>();
    detail.get("damageGradeOptions").forEach(o -> labels.add(o.get("label").asText()));
    assertThat(labels).containsExactly("全壊", "大規模半壊", "中規模半壊", "半壊", "準半壊", "準半壊に至らない（一部損壊）");
  }

  @Test
  void everySettingIsInTheHistoryWithTheChangeAndInTheAccessLog() {
    Submitted s = WorkflowIT.submit("DIS-01");
    setGrade(CLERK, s.id(), "{\"grade\": \"HANKAI\"}");
    setGrade(SUPERVISOR, s.id(), "{\"grade\": \"DAIKIBO_HANKAI\", \"ratioPercent\": 42.5}");

    List<String> reasons = new ArrayList<>();
    List<String> changes = new ArrayList<>();
    for (JsonNode entry : CLERK.get("/api/v1/intake/" + s.id() + "/history").json()) {
      reasons.add(entry.path("reason").asText());
      entry
          .get("changes")
          .forEach(c -> changes.add(c.path("before").asText("なし") + "→" + c.get("after").asText()));
    }
    assertThat(reasons).contains("被害の程度を設定: 半壊", "被害の程度を設定: 大規模半壊（損害割合 42.5%）");
    assertThat(changes).containsSubsequence("なし→半壊", "半壊→大規模半壊（損害割合 42.5%）");
    JsonNode audit =
        AUDITOR
            .get("/api/v1/audit?action=DAMAGE_GRADE_SET&target=" + s.receipt())
            .json()
            .get("items");
    assertThat(audit).hasSize(2);
  }

  @Test
  void thePdfPrintsTheGrade() throws Exception {
    Submitted s = WorkflowIT.submit("DIS-01");
    setGrade(CLERK, s.id(), "{\"grade\": \"JUN_HANKAI\", \"ratioPercent\": 10}");

    String text = PdfText.extract(CLERK.get("/api/v1/intake/" + s.id() + "/pdf").response().body());

    assertThat(text).contains("被害の程度（職員判定）準半壊（損害割合10.0%）");
  }

  @Test
  void aRatioOutsideTheGradesRangeIsRefusedAndChangesNothing() {
    Submitted s = WorkflowIT.submit("DIS-01");
    setGrade(CLERK, s.id(), "{\"grade\": \"ZENKAI\", \"ratioPercent\": 60}");
    long version = s.version();

    Reply reply = setGrade(CLERK, s.id(), "{\"grade\": \"HANKAI\", \"ratioPercent\": 30}");

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("ratioPercent");
    assertThat(reply.json().get("errors").get(0).get("message").asText())
        .isEqualTo("損害割合（30.0%）が被害の程度「半壊」の範囲（20%以上30%未満）と一致しません");
    JsonNode detail = CLERK.get("/api/v1/intake/" + s.id()).json();
    assertThat(detail.get("damageGrade").get("grade").asText()).isEqualTo("ZENKAI");
    assertThat(detail.get("version").asLong()).isEqualTo(version);
  }

  @Test
  void unknownMissingOrMistypedValuesAreRefusedFieldByField() {
    Submitted s = WorkflowIT.submit("DIS-01");

    assertThat(fields(setGrade(CLERK, s.id(), "{\"grade\": \"TOTAL\"}"))).containsExactly("grade");
    assertThat(fields(setGrade(CLERK, s.id(), "{}"))).containsExactly("grade");
    assertThat(fields(setGrade(CLERK, s.id(), "{\"grade\": \"HANKAI\", \"ratioPercent\": \"25\"}")))
        .containsExactly("ratioPercent");
    assertThat(fields(setGrade(CLERK, s.id(), "{\"grade\": \"HANKAI\", \"ratioPercent\": 25.55}")))
        .containsExactly("ratioPercent");
    assertThat(fields(setGrade(CLERK, s.id(), "{\"grade\": \"ZENKAI\", \"ratioPercent\": 100.1}")))
        .containsExactly("ratioPercent");
    assertThat(CLERK.get("/api/v1/intake/" + s.id()).json().get("damageGrade").isNull()).isTrue();
    assertThat(setGrade(CLERK, s.id(), "not json").status()).isEqualTo(400);
  }

  @Test
  void otherProceduresAreRefusedInJapanese() {
    Submitted s = WorkflowIT.submit("CC-01");

    Reply reply = setGrade(CLERK, s.id(), "{\"grade\": \"ZENKAI\"}");

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("detail").asText()).isEqualTo("被害の程度は罹災証明書の発行申請（DIS-01）にだけ設定できます");
    assertThat(CLERK.get("/api/v1/intake/" + s.id()).json().get("damageGradeOptions").isNull())
        .isTrue();
  }

  @Test
  void aWithdrawnApplicationCannotBeGraded() {
    Submitted s = WorkflowIT.submit("DIS-01");
    Api.portal()
        .postJson(
            "/api/v1/applications/" + s.receipt() + "/withdrawal",
            Api.JSON.createObjectNode().put("reason", "自宅が無事だったため"));

    assertThat(setGrade(CLERK, s.id(), "{\"grade\": \"HANKAI\"}").status()).isEqualTo(409);
  }

  private static List<String> fields(Reply reply) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(422);
    List<String> fields = new ArrayList<>();
    reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }
}
