package jp.madoguchi.integration.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import jp.madoguchi.forms.catalog.ProcedureCatalog;
import jp.madoguchi.forms.catalog.ProcedureDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 番号法: a route sends 個人番号 only for 個人番号利用事務 and only when it says so. */
class MyNumberRouteRulesTest {

  @TempDir Path dir;
  private final RouteConfigValidator validator = new RouteConfigValidator();
  private final ProcedureCatalog catalog = ProcedureCatalog.loadDefault();

  private List<String> codes(LinkageRouteConfig config, String procedure) {
    ProcedureDefinition definition = catalog.latest(procedure).orElseThrow();
    return validator.validate(config, definition).stream()
        .map(v -> v.field() + ":" + v.code())
        .toList();
  }

  @Test
  void aMyNumberColumnOfAProcedureOutsideMyNumberUseIsRefusedNamingTheColumn() {
    LinkageRouteConfig route =
        RouteConfigs.fileExport(dir)
            .column("個人番号", "applicant.myNumber", ColumnKind.DIGITS)
            .includeMyNumber()
            .build();
    ProcedureDefinition dis01 = catalog.latest("DIS-01").orElseThrow();

    List<ConfigViolation> violations = validator.validate(route, dis01);

    assertThat(violations)
        .extracting(v -> v.field() + ":" + v.code())
        .contains("includeMyNumber:myNumberNotAllowed")
        .anyMatch(c -> c.matches("file\\.columns\\[\\d+]\\.source:myNumberNotAllowed"));
    assertThat(violations).anyMatch(v -> v.message().contains("列「個人番号」"));
  }

  @Test
  void aMyNumberColumnNeedsTheExplicitDecisionEvenForMyNumberUse() {
    LinkageRouteConfig route =
        RouteConfigs.fileExport(dir)
            .column("配偶者個人番号", "form.spouse.myNumber", ColumnKind.DIGITS)
            .build();

    assertThat(codes(route, "CC-01"))
        .anyMatch(c -> c.matches("file\\.columns\\[\\d+]\\.source:myNumberNotDeclared"));
  }

  @Test
  void aMyNumberUseProcedureMaySendItsNumbersWhenTheRouteSaysSo() {
    LinkageRouteConfig route =
        RouteConfigs.fileExport(dir)
            .column("配偶者個人番号", "form.spouse.myNumber", ColumnKind.DIGITS)
            .includeMyNumber()
            .build();

    assertThat(codes(route, "CC-01")).isEmpty();
    assertThat(route.carriesMyNumber()).isTrue();
  }

  @Test
  void theInstallationMayTakeAProcedureOutOfMyNumberUse() {
    LinkageRouteConfig route =
        RouteConfigs.directApi(URI.create("http://127.0.0.1:1/core")).includeMyNumber().build();
    ProcedureDefinition cc01 = catalog.latest("CC-01").orElseThrow();

    assertThat(validator.validate(route, cc01, false))
        .extracting(ConfigViolation::field)
        .containsExactly("includeMyNumber");
  }

  @Test
  void withoutTheDecisionADirectApiRouteCarriesNoMyNumber() {
    LinkageRouteConfig route =
        RouteConfigs.directApi(URI.create("http://127.0.0.1:1/core")).build();

    assertThat(route.carriesMyNumber()).isFalse();
    assertThat(route.withIncludeMyNumber(true).carriesMyNumber()).isTrue();
  }
}
