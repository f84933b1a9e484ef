package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.app.it.Api.Reply;
import org.junit.jupiter.api.Test;

/** CAR-02 種別割申告 (definition v2) for a corporate owner: 法人番号 with its check digit. */
class CorporateApplicantIT {

  private static final Api CLERK = Api.as("clerk", "clerk-demo");

  @Test
  void aCorporateOwnerWithAValidCorporateNumberIsReceivedWithItsRepresentativeAndContact() {
    ApplicationJson application =
        ApplicationJson.valid("CAR-02").form("owner.corporateNumber", "7000012050002");

    Reply reply = Api.portal().postJson("/api/v1/applications", application.json());

    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    JsonNode detail = CLERK.get("/api/v1/intake/" + reply.json().get("id").asText()).json();
    assertThat(detail.get("definitionVersion").asInt()).isEqualTo(2);
    JsonNode owner = detail.at("/form/owner");
    assertThat(owner.get("kind").asText()).isEqualTo("法人");
    assertThat(owner.get("corporateNumber").asText()).isEqualTo("7000012050002");
    assertThat(owner.at("/representative/name").asText()).isEqualTo("港　一郎");
    assertThat(owner.at("/contact/phone").asText()).isNotBlank();
    assertThat(detail.at("/form/user/kind").asText()).isEqualTo("個人");
    assertThat(detail.at("/form/vehicle/carName").asText()).isEqualTo("トヨタ");
  }

  @Test
  void aCorporateNumberWithAWrongCheckDigitIsRefusedOnThatFieldAndNothingIsStored() {
    ApplicationJson application =
        ApplicationJson.valid("CAR-02").form("owner.corporateNumber", "8000012050002");

    Reply reply = Api.portal().postJson("/api/v1/applications", application.json());

    assertThat(reply.status()).as(reply.text()).isEqualTo(422);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(fields(reply)).containsExactly("form.owner.corporateNumber");
    assertThat(reply.json().at("/errors/0/message").asText()).contains("法人番号");
    assertThat(
            Api.portal()
                .get("/api/v1/applications/" + application.receiptNumber() + "/status")
                .status())
        .isEqualTo(404);
  }

  @Test
  void aCorporateOwnerWithoutCorporateNumberRepresentativeOrContactIsRefusedFieldByField() {
    ApplicationJson application = ApplicationJson.valid("CAR-02");
    JsonNode body = application.json();
    ((com.fasterxml.jackson.databind.node.ObjectNode) body.at("/form/owner"))
        .remove(List.of("corporateNumber", "representative", "contact"));

    Reply reply = Api.portal().postJson("/api/v1/applications", body);

    assertThat(reply.status()).as(reply.text()).isEqualTo(422);
    assertThat(fields(reply))
        .containsExactlyInAnyOrder(
            "form.owner.corporateNumber", "form.owner.representative", "form.owner.contact");
  }

  private static List<String> fields(Reply reply) {
    List<String> fields = new ArrayList<>();
    reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }
}
