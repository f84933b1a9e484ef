package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import jp.madoguchi.app.it.Api.Reply;
import org.junit.jupiter.api.Test;

/**
 * Every 個人番号 of a form, whoever it belongs to, is protected like the applicant's: encrypted at
 * rest, masked in every view, disclosed only to a supervisor who names the field and a reason.
 */
class MyNumberProtectionIT {

  private static final Api CLERK = Api.as("clerk", "clerk-demo");
  private static final Api SUPERVISOR = Api.as("supervisor", "supervisor-demo");
  private static final Api AUDITOR = Api.as("auditor", "auditor-demo");

  /** A CC-01 whose spouse and second (別居) child carry numbers of their own. */
  record Family(String id, String receipt, String applicant, String spouse, String child) {}

  static Family submitFamily() {
    String applicant = MyNumbers.fresh();
    String spouse = MyNumbers.fresh();
    String child = MyNumbers.fresh();
    ObjectNode body = familyBody(ApplicationJson.valid("CC-01").json(), applicant, spouse, child);
    Reply reply = Api.portal().postJson("/api/v1/applications", body);
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    return new Family(
        reply.json().get("id").asText(),
        body.get("receiptNumber").asText(),
        applicant,
        spouse,
        child);
  }

  /** An LTC-01 filed by the insured person's child: the insured person's number is in the form. */
  static WorkflowIT.Submitted submitLtcByFamily(String insuredNumber) {
    ApplicationJson application = ApplicationJson.valid("LTC-01").applicant("relationship", "子");
    ObjectNode body = application.json();
    ObjectNode form = (ObjectNode) body.get("form");
    form.put("submitterType", "家族");
    form.putObject("insured")
        .put("name", "山本　トメ")
        .put("nameKana", "ヤマモト　トメ")
        .put("birthDate", "1940-01-15")
        .put("myNumber", insuredNumber)
        .put("insuredNumber", "0123456789")
        .put("address", "大阪府大阪市北区梅田1-1-1");
    Reply reply = Api.portal().postJson("/api/v1/applications", body);
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    return new WorkflowIT.Submitted(
        ApplicationJson.fromSample("LTC-01", body)
            .receiptNumber(body.get("receiptNumber").asText()),
        reply.json().get("id").asText());
  }

  @Test
  void theDetailShowsEveryNumberOfTheFormMaskedAndNoneInFull() {
    Family f = submitFamily();

    Reply detail = CLERK.get("/api/v1/intake/" + f.id());

    assertThat(detail.status()).isEqualTo(200);
    JsonNode form = detail.json().get("form");
    assertThat(form.get("spouse").get("myNumber").asText()).isEqualTo(MyNumbers.masked(f.spouse()));
    assertThat(form.get("children").get(1).get("myNumber").asText())
        .isEqualTo(MyNumbers.masked(f.child()));
    assertThat(detail.text())
        .doesNotContain(f.applicant())
        .doesNotContain(f.spouse())
        .doesNotContain(f.child());
  }

  @Test
  void theInsuredPersonsNumberOfAnLtcFiledByFamilyIsMaskedToo() {
    String insured = MyNumbers.fresh();
    WorkflowIT.Submitted s = submitLtcByFamily(insured);

    Reply detail = CLERK.get("/api/v1/intake/" + s.id());

    assertThat(detail.json().get("form").get("insured").get("myNumber").asText())
        .isEqualTo(MyNumbers.masked(insured));
    assertThat(detail.text()).doesNotContain(insured);
  }

  @Test
  void thePdfAndTheHistoryOfAResubmissionShowNoFullNumber() throws Exception {
    Family f = submitFamily();
    WorkflowIT.Submitted s =
        new WorkflowIT.Submitted(ApplicationJson.valid("CC-01").receiptNumber(f.receipt()), f.id());
    assertThat(s.step(CLERK, "START_REVIEW", null).status()).isEqualTo(200);
    assertThat(s.step(CLERK, "REQUEST_CORRECTION", "配偶者の個人番号を確認してください").status()).isEqualTo(200);
    ObjectNode corrected =
        (ObjectNode)
            Api.JSON.readTree(
                Api.portal().get("/api/v1/applications/" + f.receipt() + "/status").text());
    assertThat(corrected.get("portalStatus").asText()).isEqualTo("要訂正");
    String newSpouse = MyNumbers.fresh();
    ObjectNode body = resubmissionOf(f, newSpouse);

    Reply resubmitted =
        Api.portal().postJson("/api/v1/applications/" + f.receipt() + "/resubmission", body);

    assertThat(resubmitted.status()).as(resubmitted.text()).isEqualTo(200);
    Reply history = CLERK.get("/api/v1/intake/" + f.id() + "/history");
    JsonNode changes = history.json().get(history.json().size() - 1).get("changes");
    assertThat(changes.toString()).contains("form.spouse.myNumber");
    assertThat(history.text()).doesNotContain(f.spouse()).doesNotContain(newSpouse);
    byte[] pdf = CLERK.get("/api/v1/intake/" + f.id() + "/pdf").response().body();
    assertThat(PdfText.extract(pdf))
        .contains(MyNumbers.masked(newSpouse))
        .doesNotContain(newSpouse)
        .doesNotContain(f.child())
        .doesNotContain(f.applicant());
  }

  @Test
  void aSupervisorDisclosesTheSpousesNumberNamingTheFieldAndTheLogSaysWhich() {
    Family f = submitFamily();

    Reply disclosed = disclose(SUPERVISOR, f.id(), "form.spouse.myNumber", "配偶者の所得照会");

    assertThat(disclosed.status()).as(disclosed.text()).isEqualTo(200);
    assertThat(disclosed.json().get("field").asText()).isEqualTo("form.spouse.myNumber");
    assertThat(disclosed.json().get("myNumber").asText()).isEqualTo(f.spouse());
    JsonNode logged = logged("MY_NUMBER_UNMASKED", f.receipt());
    assertThat(logged).hasSize(1);
    assertThat(logged.get(0).get("actor").asText()).isEqualTo("supervisor");
    assertThat(logged.get(0).get("detail").asText())
        .contains("field=form.spouse.myNumber")
        .contains("配偶者の所得照会")
        .doesNotContain(f.spouse());
  }

  @Test
  void aChildsNumberIsDisclosedByItsPathAndAFieldWithoutNumberIsNotFound() {
    Family f = submitFamily();

    Reply child = disclose(SUPERVISOR, f.id(), "form.children[1].myNumber", "別居児童の確認");
    Reply none = disclose(SUPERVISOR, f.id(), "form.children[0].myNumber", "同居児童の確認");
    Reply byClerk = disclose(CLERK, f.id(), "form.spouse.myNumber", "確認");

    assertThat(child.json().get("myNumber").asText()).isEqualTo(f.child());
    assertThat(none.status()).isEqualTo(404);
    assertThat(none.contentType()).startsWith("application/problem+json");
    assertThat(byClerk.status()).isEqualTo(403);
  }

  @Test
  void theDatabaseHoldsNoneOfTheSubmittedNumbersInClear() {
    Family f = submitFamily();
    String insured = MyNumbers.fresh();
    submitLtcByFamily(insured);

    List<String> found =
        PlaintextMyNumbers.scan(MadoguchiServer.get().database()).stream()
            .filter(
                hit -> List.of(f.applicant(), f.spouse(), f.child(), insured).contains(hit.value()))
            .map(PlaintextMyNumbers.Hit::where)
            .toList();

    assertThat(found).isEmpty();
  }

  @Test
  void theSpouseNumberOfACurrentStatusNoticeIsMaskedInTheDetailAndSealedAtRest() {
    String spouse = MyNumbers.fresh();
    ObjectNode body = ApplicationJson.valid("CC-10").json();
    ((ObjectNode) body.at("/form/spouse")).put("myNumber", spouse);
    Reply reply = Api.portal().postJson("/api/v1/applications", body);
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);

    Reply detail = CLERK.get("/api/v1/intake/" + reply.json().get("id").asText());

    assertThat(detail.json().at("/form/spouse/myNumber").asText())
        .isEqualTo(MyNumbers.masked(spouse));
    assertThat(detail.text()).doesNotContain(spouse);
    assertThat(PlaintextMyNumbers.scan(MadoguchiServer.get().database()))
        .noneMatch(hit -> hit.value().equals(spouse));
  }

  private static ObjectNode resubmissionOf(Family f, String newSpouse) {
    ObjectNode body = ApplicationJson.valid("CC-01").receiptNumber(f.receipt()).json();
    return familyBody(body, f.applicant(), newSpouse, f.child());
  }

  /** A CC-01 body whose applicant, spouse and second (別居) child carry these numbers. */
  private static ObjectNode familyBody(
      ObjectNode body, String applicant, String spouse, String child) {
    ((ObjectNode) body.get("applicant")).put("myNumber", applicant);
    ObjectNode form = (ObjectNode) body.get("form");
    ((ObjectNode) form.get("spouse")).put("myNumber", spouse);
    ObjectNode second = (ObjectNode) form.get("children").get(1);
    second.put("cohabiting", false).put("address", "東京都港区芝公園4-2-8");
    second.put("myNumber", child);
    body.withArray("attachments")
        .addObject()
        .put("kind", "separateCustodyStatement")
        .put("name", "別居監護申立書.pdf")
        .put("mediaType", "application/pdf")
        .put("content", java.util.Base64.getEncoder().encodeToString(ApplicationJson.SMALL_PDF));
    return body;
  }

  /** A supervisor's (or anyone's) request to see one 個人番号 for a purpose. */
  static Reply disclose(Api as, String id, String field, String reason) {
    return as.postJson(
        "/api/v1/intake/" + id + "/my-number",
        Api.JSON.createObjectNode().put("field", field).put("reason", reason));
  }

  /** The access-log entries of one action on one receipt number. */
  static JsonNode logged(String action, String receipt) {
    return AUDITOR.get("/api/v1/audit?action=" + action + "&target=" + receipt).json().get("items");
  }
}
