package jp.madoguchi.forms.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class MyNumberFieldsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final ProcedureCatalog catalog = ProcedureCatalog.loadDefault();

  @Test
  void findsTheSpouseAndEachChildByFieldType() throws Exception {
    JsonNode form =
        JSON.readTree(
            """
            {"hasSpouse": true,
             "spouse": {"name": "窓口　花子", "myNumber": "987654321093"},
             "children": [{"name": "窓口　一郎", "cohabiting": true},
                          {"name": "窓口　二郎", "cohabiting": false, "myNumber": "123456789018"}],
             "occupation": "123456789018"}
            """);

    var found = MyNumberFields.in(catalog.latest("CC-01").orElseThrow(), form);

    assertThat(found)
        .extracting(MyNumberFields.Found::path, MyNumberFields.Found::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("form.spouse.myNumber", "987654321093"),
            org.assertj.core.groups.Tuple.tuple("form.children[1].myNumber", "123456789018"));
  }

  @Test
  void replaceAllLeavesFieldsOfOtherTypesAlone() throws Exception {
    ObjectNode form =
        (ObjectNode)
            JSON.readTree(
                "{\"insured\": {\"myNumber\": \"987654321093\", \"insuredNumber\": \"0000000001\"}}");

    MyNumberFields.replaceAll(catalog.latest("LTC-01").orElseThrow(), form, v -> "masked");

    assertThat(form.path("insured").path("myNumber").asText()).isEqualTo("masked");
    assertThat(form.path("insured").path("insuredNumber").asText()).isEqualTo("0000000001");
  }

  @Test
  void everyDefinitionSaysWhetherItIsMyNumberUse() {
    assertThat(catalog.latest("CC-01").orElseThrow().isMyNumberUseWork()).isTrue();
    assertThat(catalog.latest("LTC-01").orElseThrow().isMyNumberUseWork()).isTrue();
    assertThat(catalog.latest("CAR-01").orElseThrow().isMyNumberUseWork()).isTrue();
    assertThat(catalog.latest("DIS-01").orElseThrow().isMyNumberUseWork()).isFalse();
    assertThat(catalog.latest("MOV-OUT").orElseThrow().isMyNumberUseWork()).isFalse();
  }

  @Test
  void declaredInTellsFormsWithNumbersFromFormsWithout() {
    assertThat(MyNumberFields.declaredIn(catalog.latest("CC-01").orElseThrow())).isTrue();
    assertThat(MyNumberFields.declaredIn(catalog.latest("CC-15").orElseThrow())).isFalse();
  }
}
