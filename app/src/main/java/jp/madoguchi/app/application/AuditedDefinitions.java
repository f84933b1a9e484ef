package jp.madoguchi.app.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.application.ReceiptNumber;

/**
 * The definition an access-log entry's field path belongs to: the procedure and definition version
 * of the application the entry names by its 受付番号, so that the access log can show the field's label
 * (児童 1人目 › 個人番号) instead of its path. Nothing personal is read out.
 */
@ApplicationScoped
public class AuditedDefinitions {

  @Inject ApplicationRepository applications;

  /** A procedure's definition version. */
  public record DefinitionRef(String procedureCode, int version) {}

  /** The definition of the application with this 受付番号, if there is one. */
  public Optional<DefinitionRef> of(String receiptNumber) {
    if (!ReceiptNumber.isValid(receiptNumber)) {
      return Optional.empty();
    }
    return applications
        .findByReceiptNumber(new ReceiptNumber(receiptNumber))
        .map(a -> new DefinitionRef(a.procedureCode(), a.definitionVersion()));
  }
}
