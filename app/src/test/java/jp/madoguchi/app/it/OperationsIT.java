package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.app.it.Api.Reply;
import org.junit.jupiter.api.Test;

class OperationsIT {

  @Test
  void healthIsUpWithTheDatabaseCheck() {
    Reply health = Api.anonymous().get("/health");

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("status").asText()).isEqualTo("UP");
    assertThat(health.text()).contains("\"database\"");
  }

  @Test
  void openApiDocumentsEveryFoundationEndpoint() {
    Reply openapi = Api.anonymous().get("/openapi");

    assertThat(openapi.status()).isEqualTo(200);
    List<String> paths = new ArrayList<>();
    openapi.json().path("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths)
        .contains(
            "/api/v1/applications",
            "/api/v1/applications/{receiptNumber}/status",
            "/api/v1/procedures",
            "/api/v1/procedures/{code}");
    assertThat(openapi.json().path("components").path("schemas").has("Submission")).isTrue();
  }

  @Test
  void catalogListsAllThirtyThreeProcedures() {
    Reply procedures = Api.anonymous().get("/api/v1/procedures");

    List<String> codes = new ArrayList<>();
    procedures.json().forEach(p -> codes.add(p.get("code").asText()));
    assertThat(codes).hasSize(33).contains("CC-01", "LTC-11", "DIS-01", "CAR-04", "MOV-IN");
    JsonNode first = procedures.json().get(0);
    assertThat(first.has("name") && first.has("category") && first.has("coreSystem")).isTrue();
  }

  @Test
  void procedureDefinitionIsServedWithItsFieldsAndVersion() {
    Reply definition = Api.anonymous().get("/api/v1/procedures/CC-01");

    assertThat(definition.status()).isEqualTo(200);
    assertThat(definition.json().get("name").asText()).contains("児童手当");
    assertThat(definition.json().get("version").asInt()).isPositive();
    assertThat(definition.json().get("fields").size()).isPositive();
  }

  @Test
  void unknownProcedureDefinitionIs404Problem() {
    Reply definition = Api.anonymous().get("/api/v1/procedures/XX-99");

    assertThat(definition.status()).isEqualTo(404);
    assertThat(definition.contentType()).startsWith("application/problem+json");
  }

  @Test
  void demoModeSeedsApplicationsAcrossProcedures() {
    for (String receipt : List.of("DEMO-CC01-1", "DEMO-LTC01-1", "DEMO-DIS01-1")) {
      Reply status = Api.portal().get("/api/v1/applications/" + receipt + "/status");
      assertThat(status.status()).as(receipt).isEqualTo(200);
      assertThat(status.json().get("portalStatus").asText()).isEqualTo("処理中");
    }
  }
}
