package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.app.it.Api.Reply;
import jp.madoguchi.app.it.WorkflowIT.Submitted;
import jp.madoguchi.forms.japanese.WarekiDate;
import jp.madoguchi.forms.samples.SampleApplications;
import org.junit.jupiter.api.Test;

/** 罹災証明書 (DIS-01) issued by a clerk once accepted and graded: PDF, history, access log. */
class DisasterCertificateIT {

  private static final Api CLERK = Api.as("clerk", "clerk-demo");
  private static final Api AUDITOR = Api.as("auditor", "auditor-demo");

  private static Reply certificate(Submitted s) {
    return CLERK.get("/api/v1/intake/" + s.id() + "/disaster-certificate");
  }

  /** Text extraction drops or adds spaces between words, full-width ones included. */
  private static String withoutSpaces(String text) {
    return text.replaceAll("[\\s\u3000]", "");
  }

  @Test
  void anAcceptedGradedApplicationGetsACertificateThatReadsCorrectly() throws Exception {
    Submitted s =
        DamageLinkageIT.gradedAndAccepted("{\"grade\": \"CHUKIBO_HANKAI\", \"ratioPercent\": 35}");

    Reply reply = certificate(s);

    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("application/pdf");
    String text = withoutSpaces(PdfText.extract(reply.response().body()));
    assertThat(text).contains("罹災証明書");
    assertThat(text).contains("■中規模半壊").contains("30%以上40%未満（35.0%）");
    assertThat(text).contains("□全壊").contains("□半壊");
    assertThat(text).contains(WarekiDate.of(SampleApplications.today()).toJapanese());
    assertThat(text).contains("令和7年9月豪雨").contains("令和7年9月1日");
    assertThat(text).contains("長野県長野市大字長野1-1");
    assertThat(text).contains(withoutSpaces("渡辺　浩二"));
    assertThat(text).contains(withoutSpaces(MadoguchiServer.MAYOR_NAME));
  }

  @Test
  void everyIssuanceIsInTheHistoryAndTheAccessLogWithItsOwnIssueNumber() {
    Submitted s = DamageLinkageIT.gradedAndAccepted("{\"grade\": \"HANKAI\"}");

    assertThat(certificate(s).status()).isEqualTo(200);
    assertThat(certificate(s).status()).isEqualTo(200);

    List<String> reasons = new ArrayList<>();
    CLERK
        .get("/api/v1/intake/" + s.id() + "/history")
        .json()
        .forEach(e -> reasons.add(e.path("reason").asText()));
    List<String> issued = reasons.stream().filter(r -> r.startsWith("罹災証明書を発行")).toList();
    assertThat(issued).hasSize(2).allMatch(r -> r.endsWith("（半壊）"));
    assertThat(issued.get(0)).isNotEqualTo(issued.get(1));
    JsonNode audit =
        AUDITOR
            .get("/api/v1/audit?action=DISASTER_CERTIFICATE_ISSUED&target=" + s.receipt())
            .json()
            .get("items");
    assertThat(audit).hasSize(2);
  }

  @Test
  void beforeAcceptanceOrWithoutAGradeNoCertificateIsIssued() {
    Submitted notAccepted = WorkflowIT.submit("DIS-01");
    Reply graded =
        CLERK.send(
            CLERK
                .request("/api/v1/intake/" + notAccepted.id() + "/damage-grade")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"grade\": \"ZENKAI\"}")));
    assertThat(graded.status()).isEqualTo(200);

    Reply early = certificate(notAccepted);

    assertThat(early.status()).isEqualTo(409);
    assertThat(early.contentType()).startsWith("application/problem+json");
    assertThat(early.json().get("detail").asText()).contains("受理した申請にだけ");

    Submitted ungraded = WorkflowIT.submit("DIS-01");
    assertThat(ungraded.step(CLERK, "START_REVIEW", null).status()).isEqualTo(200);
    assertThat(ungraded.step(CLERK, "ACCEPT", null).status()).isEqualTo(200);
    Reply noGrade = certificate(ungraded);
    assertThat(noGrade.status()).isEqualTo(409);
    assertThat(noGrade.json().get("detail").asText()).contains("被害の程度を設定してください");
    assertThat(
            AUDITOR
                .get(
                    "/api/v1/audit?action=DISASTER_CERTIFICATE_ISSUED&target=" + ungraded.receipt())
                .json()
                .get("items"))
        .isEmpty();
  }

  @Test
  void anotherProcedureIsRefusedInJapanese() {
    Submitted s = Linkage.accepted("CC-01");

    Reply reply = certificate(s);

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.json().get("detail").asText()).contains("DIS-01");
  }
}
