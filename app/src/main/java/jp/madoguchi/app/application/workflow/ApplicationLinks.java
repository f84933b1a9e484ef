package jp.madoguchi.app.application.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.app.application.workflow.ApplicationDetails.LinkedApplication;
import jp.madoguchi.app.domain.account.ProcedureScope;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.application.ReceiptNumber;
import jp.madoguchi.forms.validation.Violation;

/**
 * 転入予約 ⇄ 転出届: a MOV-IN may name, in {@code form.moveOutReceiptNumber}, the 受付番号 of the MOV-OUT
 * filed with it. The named application must be a MOV-OUT of the same municipality; clerks see the
 * two linked in both details, each only when its procedure is within the viewer's scope.
 */
@ApplicationScoped
public class ApplicationLinks {

  static final String MOVE_IN = "MOV-IN";
  static final String MOVE_OUT = "MOV-OUT";
  private static final String FIELD = "moveOutReceiptNumber";

  @Inject ApplicationRepository applications;

  /** The 受付番号 a (validated) form names, or null. */
  public static String named(String procedureCode, JsonNode form) {
    if (!MOVE_IN.equals(procedureCode) || form == null) {
      return null;
    }
    String value = form.path(FIELD).asText("");
    return value.isBlank() ? null : value;
  }

  /** A violation on the field when it names no MOV-OUT of {@code municipality}. */
  public Optional<Violation> check(String procedureCode, String municipality, JsonNode form) {
    String named = named(procedureCode, form);
    if (named == null || !ReceiptNumber.isValid(named)) { // a malformed one: the definition said so
      return Optional.empty();
    }
    boolean found =
        applications
            .findByReceiptNumber(new ReceiptNumber(named))
            .filter(a -> MOVE_OUT.equals(a.procedureCode()))
            .filter(a -> a.municipalityCode().equals(municipality))
            .isPresent();
    return found
        ? Optional.empty()
        : Optional.of(
            new Violation(
                "form." + FIELD,
                "unknownReceipt",
                "転出届の受付番号「" + named + "」が見つかりません（同じ市区町村に提出した転出届の受付番号を指定してください）"));
  }

  /** The applications linked with {@code a} (both directions) that {@code scope} permits. */
  List<LinkedApplication> of(Application a, ProcedureScope scope) {
    List<Application> linked = new ArrayList<>();
    a.linkedReceiptNumber()
        .filter(ReceiptNumber::isValid)
        .flatMap(r -> applications.findByReceiptNumber(new ReceiptNumber(r)))
        .ifPresent(linked::add);
    linked.addAll(applications.findLinkedTo(a.receiptNumber()));
    return linked.stream()
        .filter(other -> other.municipalityCode().equals(a.municipalityCode()))
        .filter(other -> scope.permits(other.procedureCode()))
        .map(
            other ->
                new LinkedApplication(
                    other.id().toString(),
                    other.receiptNumber().value(),
                    other.procedureCode(),
                    other.status().label()))
        .toList();
  }
}
