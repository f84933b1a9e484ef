package jp.madoguchi.forms.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcedureCatalogTest {

  private final ProcedureCatalog catalog = ProcedureCatalog.loadDefault();

  @Test
  void listsProceduresInIndexOrder() {
    assertThat(catalog.latest()).extracting(ProcedureDefinition::code).startsWith("CC-01");
    assertThat(catalog.latest("LTC-01")).isPresent();
    assertThat(catalog.version("DIS-01", 1)).isPresent();
    assertThat(catalog.version("DIS-01", 99)).isEmpty();
    assertThat(catalog.latest("XX-99")).isEmpty();
  }

  @Test
  void summaryCarriesTheCatalogLine() {
    assertThat(catalog.latest("CC-01").orElseThrow().summary())
        .isEqualTo(new ProcedureSummary("CC-01", "児童手当等の受給資格及び児童手当の額についての認定請求", "子育て", "児童手当"));
  }

  @Test
  void includesAreExpandedSoThePublicShapeNeedsNoBlocks() {
    ProcedureDefinition cc01 = catalog.latest("CC-01").orElseThrow();
    FieldDefinition spouse = field(cc01.fields(), "spouse");
    assertThat(spouse.fields())
        .extracting(FieldDefinition::key)
        .containsExactly("name", "nameKana", "birthDate", "sex", "myNumber");
    assertThat(spouse.field("myNumber").orElseThrow().required()).isTrue();
  }

  @Test
  void overridesReplaceOptionsOfAnIncludedField() {
    FieldDefinition bank = field(catalog.latest("CC-01").orElseThrow().fields(), "bank");
    assertThat(bank.field("accountType").orElseThrow().options())
        .extracting(Option::label)
        .containsExactly("普通", "当座");
  }

  @Test
  void dottedOverrideChangesOneNestedFieldOfAnInclude() {
    FieldDefinition certified = field(catalog.latest("LTC-01").orElseThrow().fields(), "insured");
    FieldDefinition common = field(catalog.latest("LTC-05").orElseThrow().fields(), "insured");
    assertThat(certified.field("myNumber").orElseThrow().required()).isTrue();
    assertThat(common.field("myNumber").orElseThrow().required()).isFalse();
    assertThat(certified.field("insuredNumber").orElseThrow().required()).isTrue();
  }

  @Test
  void catalogHasTheThirtyThreeProceduresOfDomainSection2InOrder() {
    assertThat(catalog.latest())
        .extracting(ProcedureDefinition::code)
        .containsExactly(
            "CC-01", "CC-02", "CC-03", "CC-04", "CC-05", "CC-06", "CC-07", "CC-08", "CC-09",
            "CC-10", "CC-11", "CC-12", "CC-13", "CC-14", "CC-15", "LTC-01", "LTC-02", "LTC-03",
            "LTC-04", "LTC-05", "LTC-06", "LTC-07", "LTC-08", "LTC-09", "LTC-10", "LTC-11",
            "DIS-01", "CAR-01", "CAR-02", "CAR-03", "CAR-04", "MOV-OUT", "MOV-IN");
  }

  @Test
  void categoryAndCoreSystemFollowTheCatalogTable() {
    for (ProcedureDefinition definition : catalog.latest()) {
      String code = definition.code();
      if (code.startsWith("CC-")) {
        assertThat(definition.category()).as(code).isEqualTo("子育て");
      } else if (code.startsWith("LTC-")) {
        assertThat(definition.summary().category()).as(code).isEqualTo("介護");
        assertThat(definition.coreSystem()).as(code).isEqualTo("介護保険");
      } else if (code.startsWith("CAR-")) {
        assertThat(definition.category()).as(code).isEqualTo("自動車");
      }
    }
    assertThat(catalog.latest("CC-11").orElseThrow().coreSystem()).isEqualTo("子ども・子育て支援");
    assertThat(catalog.latest("CC-14").orElseThrow().coreSystem()).isEqualTo("児童扶養手当");
    assertThat(catalog.latest("CAR-04").orElseThrow().summary())
        .isEqualTo(new ProcedureSummary("CAR-04", "自動車保管場所証明の申請", "自動車", "警察 (保管場所証明)"));
  }

  @Test
  void applicantMyNumberFollowsTheProcedureSetting() {
    ApplicantBlock applicant = catalog.latest("CC-01").orElseThrow().applicant();
    assertThat(applicant.myNumber()).isEqualTo(Presence.REQUIRED);
    assertThat(field(applicant.fields(), "myNumber").required()).isTrue();
    assertThat(applicant.fields())
        .extracting(FieldDefinition::key)
        .containsExactly(
            "name",
            "nameKana",
            "birthDate",
            "sex",
            "postalCode",
            "address",
            "phone",
            "myNumber",
            "relationship");
  }

  @Test
  void publicJsonShapeHasFieldsWithTypesConstraintsAndOptions() {
    JsonNode json = new ObjectMapper().valueToTree(catalog.latest("DIS-01").orElseThrow());
    assertThat(json.path("code").asText()).isEqualTo("DIS-01");
    assertThat(json.path("version").asInt()).isEqualTo(1);
    JsonNode copies = fieldJson(json.path("fields"), "copies");
    assertThat(copies.path("type").asText()).isEqualTo("int");
    assertThat(copies.path("constraints").path("max").asInt()).isEqualTo(10);
    JsonNode cause = fieldJson(json.path("fields"), "cause");
    assertThat(cause.path("options").get(0).path("value").asText()).isEqualTo("地震");
    assertThat(json.path("attachments").get(0).path("required").asBoolean()).isTrue();
    assertThat(json.has("summary")).isFalse();
  }

  private static FieldDefinition field(List<FieldDefinition> fields, String key) {
    return fields.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
  }

  private static JsonNode fieldJson(JsonNode fields, String key) {
    for (JsonNode field : fields) {
      if (field.path("key").asText().equals(key)) {
        return field;
      }
    }
    throw new AssertionError(key);
  }
}
