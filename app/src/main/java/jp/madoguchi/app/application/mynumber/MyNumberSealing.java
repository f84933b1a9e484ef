package jp.madoguchi.app.application.mynumber;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.madoguchi.app.application.intake.FormMyNumbers;
import jp.madoguchi.app.application.workflow.ApplicationViews;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.application.EncryptedMyNumber;
import jp.madoguchi.app.domain.application.FieldChange;
import jp.madoguchi.app.domain.application.Revision;
import jp.madoguchi.app.domain.audit.AuditAction;
import jp.madoguchi.app.domain.audit.AuditLog;
import jp.madoguchi.forms.catalog.ProcedureCatalog;
import jp.madoguchi.forms.catalog.ProcedureDefinition;
import jp.madoguchi.forms.japanese.MyNumber;

/**
 * Seals applications stored before 個人番号 were protected by field type (V100): every 個人番号 of the form
 * and of earlier revisions is encrypted under its path and masked in the stored texts, and the
 * field changes of resubmissions keep only masked values. Runs in small transactions at start-up,
 * before anyone can read the data; each sealed application is in the access log.
 */
@ApplicationScoped
public class MyNumberSealing {

  static final String ACTOR = "system";
  private static final int BATCH = 200;

  @Inject ApplicationRepository applications;
  @Inject ProcedureCatalog catalog;
  @Inject FormMyNumbers formMyNumbers;
  @Inject AuditLog audit;

  /** Seals one batch; the number of applications it looked at (0 when none is left). */
  @Transactional
  public int sealBatch() {
    List<UUID> ids = applications.unsealed(BATCH);
    for (UUID id : ids) {
      applications.findById(id).ifPresent(this::seal);
    }
    return ids.size();
  }

  private void seal(Application application) {
    ProcedureDefinition definition =
        catalog
            .version(application.procedureCode(), application.definitionVersion())
            .orElseThrow(
                () -> new IllegalStateException("definition missing for " + application.id()));
    Map<Integer, Map<String, EncryptedMyNumber>> numbers = new HashMap<>();
    Map<Integer, String> revisionForms = new HashMap<>();
    Set<String> paths = new HashSet<>();
    ObjectNode form = (ObjectNode) ApplicationViews.parse(application.formJson());
    Map<String, EncryptedMyNumber> current = formMyNumbers.seal(definition, form);
    numbers.put(application.revision(), current);
    paths.addAll(current.keySet());
    for (Revision revision : application.revisions()) {
      ObjectNode earlier = (ObjectNode) ApplicationViews.parse(revision.formJson());
      Map<String, EncryptedMyNumber> sealed = formMyNumbers.seal(definition, earlier);
      numbers.put(revision.revision(), sealed);
      revisionForms.put(revision.revision(), earlier.toString());
      paths.addAll(sealed.keySet());
    }
    int found = numbers.values().stream().mapToInt(Map::size).sum();
    application.seal(form.toString(), numbers, revisionForms, json -> sealChanges(json, paths));
    applications.update(application);
    if (found > 0) {
      audit.append(
          ACTOR,
          AuditAction.MY_NUMBERS_SEALED,
          application.receiptNumber().value(),
          "encrypted=" + found);
    }
  }

  /** Field changes with every value of a 個人番号 path masked. */
  static String sealChanges(String json, Set<String> myNumberPaths) {
    if (json == null) {
      return null;
    }
    try {
      List<FieldChange> changes =
          ApplicationViews.JSON.readValue(json, new TypeReference<List<FieldChange>>() {});
      List<FieldChange> sealed = new ArrayList<>();
      for (FieldChange change : changes) {
        boolean myNumber =
            myNumberPaths.contains(change.field()) || change.field().endsWith(".myNumber");
        sealed.add(
            myNumber
                ? new FieldChange(change.field(), mask(change.before()), mask(change.after()))
                : change);
      }
      return ApplicationViews.JSON.writeValueAsString(sealed);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored field changes unreadable", e);
    }
  }

  private static String mask(String value) {
    if (value == null || FormMyNumbers.isMasked(value)) {
      return value;
    }
    String digits = value.replaceAll("[^0-9]", "");
    return digits.length() == 12 ? MyNumber.parse(digits).masked() : "********";
  }
}
