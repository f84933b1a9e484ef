package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.madoguchi.app.it.Api.Reply;
import jp.madoguchi.forms.samples.SampleApplications;
import org.junit.jupiter.api.Test;

/**
 * Warnings of the validation (rules of severity warning): the application is received (201), and
 * the warnings come back in the submit answer, stay with the application for clerks and are printed
 * on the 申請書 PDF.
 */
class ValidationWarningsIT {

  private static final Api CLERK = Api.as("clerk", "clerk-demo");
  private static final String LATE_MESSAGE = "この申請は変更日の当日から14日後までの間に行ってください";

  private static ApplicationJson lateChangeNotice() {
    JsonNode sample = SampleApplications.withWarnings("CC-03", SampleApplications.today()).get(0);
    return ApplicationJson.fromSample("CC-03", sample);
  }

  @Test
  void lateChangeNoticeIsReceivedAndTheAnswerCarriesTheWarningNamingTheField() {
    Reply reply = Api.portal().postJson("/api/v1/applications", lateChangeNotice().json());

    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    JsonNode warnings = reply.json().get("warnings");
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).get("field").asText()).isEqualTo("form.changeDate");
    assertThat(warnings.get(0).get("code").asText()).isEqualTo("filingWindow");
    assertThat(warnings.get(0).get("message").asText()).isEqualTo(LATE_MESSAGE);
  }

  @Test
  void anIdenticalReplayAnswersWithTheSameWarnings() {
    ApplicationJson application = lateChangeNotice();
    Reply first = Api.portal().postJson("/api/v1/applications", application.json());
    Reply replay = Api.portal().postJson("/api/v1/applications", application.json());

    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.json().get("warnings")).isEqualTo(first.json().get("warnings"));
  }

  @Test
  void aResubmissionReplacesTheWarningsOfTheEarlierSubmission() {
    ApplicationJson late = lateChangeNotice();
    String id =
        Api.portal().postJson("/api/v1/applications", late.json()).json().get("id").asText();
    WorkflowIT.Submitted submitted = new WorkflowIT.Submitted(late, id);
    submitted.step(CLERK, "START_REVIEW", null);
    submitted.step(CLERK, "REQUEST_CORRECTION", "変更日を確認してください");
    ObjectNode corrected = late.json();
    ((ObjectNode) corrected.get("form"))
        .put("changeDate", SampleApplications.today().minusDays(3).toString());

    Reply reply =
        Api.portal()
            .postJson("/api/v1/applications/" + late.receiptNumber() + "/resubmission", corrected);

    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    assertThat(reply.json().get("warnings")).isEmpty();
    assertThat(CLERK.get("/api/v1/intake/" + id).json().get("warnings")).isEmpty();
  }

  @Test
  void applicationWithoutWarningsAnswersWithAnEmptyList() {
    Reply reply =
        Api.portal().postJson("/api/v1/applications", ApplicationJson.valid("CC-01").json());

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.json().get("warnings").isArray()).isTrue();
    assertThat(reply.json().get("warnings")).isEmpty();
  }

  @Test
  void clerksSeeTheStoredWarningsInTheDetailAndOnThePdf() throws Exception {
    Reply reply = Api.portal().postJson("/api/v1/applications", lateChangeNotice().json());
    String id = reply.json().get("id").asText();

    JsonNode detail = CLERK.get("/api/v1/intake/" + id).json();
    assertThat(detail.get("warnings")).hasSize(1);
    assertThat(detail.get("warnings").get(0).get("message").asText()).isEqualTo(LATE_MESSAGE);
    assertThat(detail.get("damageGradeOptions").isNull()).isTrue();

    Reply pdf = CLERK.get("/api/v1/intake/" + id + "/pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(PdfText.extract(pdf.response().body()))
        .contains("職員確認事項")
        .contains(LATE_MESSAGE.replaceAll("\\s", ""));
  }
}
