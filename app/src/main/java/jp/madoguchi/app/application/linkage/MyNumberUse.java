package jp.madoguchi.app.application.linkage;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.app.domain.linkage.RouteVersion;
import jp.madoguchi.forms.catalog.ProcedureCatalog;
import jp.madoguchi.forms.catalog.ProcedureDefinition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 個人番号利用事務 (番号法 別表) per procedure: the flag of its definition, unless this installation overrides
 * it with {@code madoguchi.my-number-use} (e.g. {@code DIS-01=true} for a municipality that feeds
 * its 被災者台帳). Only a route of such a procedure that says {@code includeMyNumber} sends 個人番号.
 */
@ApplicationScoped
public class MyNumberUse {

  @Inject ProcedureCatalog catalog;

  @Inject
  @ConfigProperty(name = "madoguchi.my-number-use")
  Optional<String> overrides;

  private final Map<String, Boolean> overridden = new HashMap<>();

  @PostConstruct
  void parse() {
    overrides.ifPresent(
        text -> {
          for (String entry : text.split(",")) {
            String[] pair = entry.strip().split("=", 2);
            if (pair.length != 2) {
              throw new IllegalStateException(
                  "madoguchi.my-number-use: expected CODE=true|false, got '" + entry.strip() + "'");
            }
            String value = pair[1].strip().toLowerCase(Locale.ROOT);
            if (!value.equals("true") && !value.equals("false")) {
              throw new IllegalStateException(
                  "madoguchi.my-number-use: " + pair[0].strip() + " must be true or false");
            }
            overridden.put(pair[0].strip(), Boolean.valueOf(value));
          }
        });
  }

  /** Whether the procedure is 個人番号利用事務 at this installation. */
  public boolean isMyNumberUse(String procedureCode) {
    Boolean override = overridden.get(procedureCode);
    if (override != null) {
      return override;
    }
    return catalog.latest(procedureCode).map(ProcedureDefinition::isMyNumberUseWork).orElse(false);
  }

  /** Whether deliveries of this route version carry 個人番号 to the core system. */
  public boolean carries(RouteVersion route) {
    return route.config().carriesMyNumber() && isMyNumberUse(route.procedureCode());
  }
}
