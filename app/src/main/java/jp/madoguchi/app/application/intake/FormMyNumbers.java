package jp.madoguchi.app.application.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.madoguchi.app.domain.application.EncryptedMyNumber;
import jp.madoguchi.app.domain.application.MyNumberProtector;
import jp.madoguchi.forms.catalog.MyNumberFields;
import jp.madoguchi.forms.catalog.ProcedureDefinition;
import jp.madoguchi.forms.japanese.MyNumber;

/**
 * 個人番号 of a form by field type: sealed at intake (encrypted under their paths, masked in the form
 * text everyone reads) and opened again only for a delivery that may carry them.
 */
@ApplicationScoped
public class FormMyNumbers {

  private static final String HIDDEN = "********";

  @Inject MyNumberProtector myNumbers;

  /**
   * Encrypts every 個人番号 of {@code form} and leaves it masked in place; answers the encrypted
   * numbers by path. A value that is already masked is left as it is.
   */
  public Map<String, EncryptedMyNumber> seal(ProcedureDefinition definition, ObjectNode form) {
    Map<String, EncryptedMyNumber> sealed = new LinkedHashMap<>();
    for (MyNumberFields.Found found : MyNumberFields.in(definition, form)) {
      String value = found.value();
      if (isMasked(value)) {
        continue;
      }
      sealed.put(found.path(), myNumbers.protect(MyNumber.parse(value).digits()));
      found.replace(MyNumber.parse(value).masked());
    }
    return sealed;
  }

  /**
   * A stored form as a core system gets it: the 個人番号 in {@code carried} revealed (a route that
   * carries them passes the application's numbers), every other 個人番号 field left out entirely.
   */
  public ObjectNode forDelivery(
      ProcedureDefinition definition, JsonNode form, Map<String, EncryptedMyNumber> carried) {
    ObjectNode copy = ((ObjectNode) form).deepCopy();
    for (MyNumberFields.Found found : MyNumberFields.in(definition, copy)) {
      EncryptedMyNumber number = carried.get(found.path());
      if (number == null) {
        found.remove();
      } else {
        found.replace(myNumbers.reveal(number));
      }
    }
    return copy;
  }

  public static boolean isMasked(String value) {
    return value.startsWith(HIDDEN);
  }
}
