package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.app.it.Api.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Corporate parties of the 自動車 procedures: the CAR-02 種別割申告 owner (definition v2), the CAR-01 取得者,
 * the CAR-03 納税義務者 and the CAR-04 申請者 (definitions v2): 個人 or 法人, a 法人 with 法人番号 (check digit), 代表者
 * and 担当者.
 */
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
    ((ObjectNode) body.at("/form/owner"))
        .remove(List.of("corporateNumber", "representative", "contact"));

    Reply reply = Api.portal().postJson("/api/v1/applications", body);

    assertThat(reply.status()).as(reply.text()).isEqualTo(422);
    assertThat(fields(reply))
        .containsExactlyInAnyOrder(
            "form.owner.corporateNumber", "form.owner.representative", "form.owner.contact");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"CAR-01, acquirer", "CAR-03, taxpayer", "CAR-04, user"})
  void aCorporatePartyIsReceivedWithItsCorporateNumberRepresentativeAndContact(
      String code, String party) {
    Reply reply = Api.portal().postJson("/api/v1/applications", ApplicationJson.valid(code).json());

    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    JsonNode detail = CLERK.get("/api/v1/intake/" + reply.json().get("id").asText()).json();
    assertThat(detail.get("definitionVersion").asInt()).isEqualTo(2);
    JsonNode stored = detail.at("/form/" + party);
    assertThat(stored.get("kind").asText()).isEqualTo("法人");
    assertThat(stored.get("corporateNumber").asText()).isEqualTo("7000012050002");
    assertThat(stored.at("/representative/name").asText()).isEqualTo("港　一郎");
    assertThat(stored.at("/contact/department").asText()).isEqualTo("総務部");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"CAR-01, acquirer", "CAR-03, taxpayer", "CAR-04, user"})
  void aCorporatePartyWithAWrongCheckDigitIsRefusedOnThatField(String code, String party) {
    ApplicationJson application =
        ApplicationJson.valid(code).form(party + ".corporateNumber", "8000012050002");

    Reply reply = Api.portal().postJson("/api/v1/applications", application.json());

    assertThat(reply.status()).as(reply.text()).isEqualTo(422);
    assertThat(fields(reply)).containsExactly("form." + party + ".corporateNumber");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"CAR-01, acquirer", "CAR-03, taxpayer", "CAR-04, user"})
  void anIndividualPartyNeedsNoCorporateNumberRepresentativeOrContact(String code, String party) {
    ApplicationJson application = ApplicationJson.valid(code).form(party + ".kind", "個人");
    ObjectNode body = application.json();
    ((ObjectNode) body.at("/form/" + party))
        .remove(List.of("corporateNumber", "representative", "contact"));

    Reply reply = Api.portal().postJson("/api/v1/applications", body);

    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
  }

  private static List<String> fields(Reply reply) {
    List<String> fields = new ArrayList<>();
    reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }
}
