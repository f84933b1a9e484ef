package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.app.it.Api.Reply;
import jp.madoguchi.app.it.WorkflowIT.Submitted;
import jp.madoguchi.forms.samples.SampleApplications;
import org.junit.jupiter.api.Test;

/** 転入予約 (MOV-IN v3) ⇄ 転出届 (MOV-OUT): the link in both details, and the 30-day 転出 window. */
class MoveLinkIT {

  private static final Api CLERK = Api.as("clerk", "clerk-demo");

  private static Reply moveIn(ApplicationJson application) {
    return Api.portal().postJson("/api/v1/applications", application.json());
  }

  @Test
  void aMoveInNamingItsMoveOutShowsTheLinkInBothDetails() {
    Submitted moveOut = WorkflowIT.submit("MOV-OUT");

    Reply reply =
        moveIn(ApplicationJson.valid("MOV-IN").form("moveOutReceiptNumber", moveOut.receipt()));

    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    String moveInId = reply.json().get("id").asText();
    JsonNode inDetail = CLERK.get("/api/v1/intake/" + moveInId).json();
    assertThat(inDetail.get("linked")).hasSize(1);
    assertThat(inDetail.at("/linked/0/receiptNumber").asText()).isEqualTo(moveOut.receipt());
    assertThat(inDetail.at("/linked/0/procedureCode").asText()).isEqualTo("MOV-OUT");
    assertThat(inDetail.at("/linked/0/id").asText()).isEqualTo(moveOut.id());
    assertThat(inDetail.at("/form/movers").size()).isEqualTo(2);
    assertThat(inDetail.at("/form/newHouseholdHead").asText()).isEqualTo("中島　健太");
    JsonNode outDetail = CLERK.get("/api/v1/intake/" + moveOut.id()).json();
    assertThat(outDetail.get("linked")).hasSize(1);
    assertThat(outDetail.at("/linked/0/id").asText()).isEqualTo(moveInId);
    assertThat(outDetail.at("/linked/0/procedureCode").asText()).isEqualTo("MOV-IN");
  }

  @Test
  void applicationsWithoutLinkHaveAnEmptyList() {
    Submitted moveIn = WorkflowIT.submit("MOV-IN");

    assertThat(CLERK.get("/api/v1/intake/" + moveIn.id()).json().get("linked")).isEmpty();
  }

  @Test
  void aLinkedApplicationOutsideTheViewersScopeIsNotShown() {
    String name = ProcedureScopeIT.newAccount("CLERK");
    assertThat(ProcedureScopeIT.limit(name, "{\"codes\": [\"MOV-IN\"]}").status()).isEqualTo(200);
    Api moveInOnly = Api.as(name, ProcedureScopeIT.PASSWORD);
    Submitted moveOut = WorkflowIT.submit("MOV-OUT");
    Reply reply =
        moveIn(ApplicationJson.valid("MOV-IN").form("moveOutReceiptNumber", moveOut.receipt()));
    String moveInId = reply.json().get("id").asText();

    Reply detail = moveInOnly.get("/api/v1/intake/" + moveInId);

    assertThat(detail.status()).isEqualTo(200);
    assertThat(detail.json().get("linked")).isEmpty();
    assertThat(CLERK.get("/api/v1/intake/" + moveInId).json().get("linked")).hasSize(1);
  }

  @Test
  void aMoveInNamingAnUnknownReceiptOrAnotherProcedureIsRefusedOnThatField() {
    Submitted other = WorkflowIT.submit("CC-01");

    for (String named : List.of("NO-SUCH-RECEIPT-" + System.nanoTime(), other.receipt())) {
      ApplicationJson application =
          ApplicationJson.valid("MOV-IN").form("moveOutReceiptNumber", named);
      Reply reply = moveIn(application);

      assertThat(reply.status()).as(reply.text()).isEqualTo(422);
      assertThat(fields(reply)).containsExactly("form.moveOutReceiptNumber");
      assertThat(reply.json().at("/errors/0/message").asText()).contains("転出届の受付番号");
      assertThat(
              Api.portal()
                  .get("/api/v1/applications/" + application.receiptNumber() + "/status")
                  .status())
          .isEqualTo(404);
    }
  }

  @Test
  void aMoveOutDateSixtyDaysAheadIsRefused() {
    var today = SampleApplications.today();
    ApplicationJson application =
        ApplicationJson.valid("MOV-IN")
            .form("moveOutDate", today.plusDays(60).toString())
            .form("moveInDate", today.plusDays(61).toString())
            .form("visitDate", today.plusDays(62).toString());

    Reply reply = moveIn(application);

    assertThat(reply.status()).as(reply.text()).isEqualTo(422);
    assertThat(fields(reply)).containsExactly("form.moveOutDate");
  }

  private static List<String> fields(Reply reply) {
    List<String> fields = new ArrayList<>();
    reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }
}
