package jp.madoguchi.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of design.md, checked over the compiled classes of all four modules. */
class ModuleRulesTest {

  /** The one class in app allowed to touch Camel: it starts the CamelContext. */
  static final String CAMEL_BOOTSTRAP = "jp.madoguchi.app.infrastructure.linkage.CamelBootstrap";

  private static JavaClasses madoguchi;

  @BeforeAll
  static void importClasses() {
    madoguchi =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.madoguchi");
  }

  @Test
  void allFourModulesAreImported() {
    org.assertj.core.api.Assertions.assertThat(madoguchi.stream().map(c -> c.getPackageName()))
        .anyMatch(p -> p.startsWith("jp.madoguchi.forms"))
        .anyMatch(p -> p.startsWith("jp.madoguchi.app"));
  }

  @Test
  void camelIsUsedOnlyInIntegrationAndTheBootstrapClass() {
    noClasses()
        .that()
        .resideOutsideOfPackage("jp.madoguchi.integration..")
        .and()
        .doNotHaveFullyQualifiedName(CAMEL_BOOTSTRAP)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.camel..")
        .check(madoguchi);
  }

  @Test
  void jpaIsUsedOnlyInApp() {
    noClasses()
        .that()
        .resideOutsideOfPackage("jp.madoguchi.app..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.persistence..")
        .check(madoguchi);
  }

  @Test
  void formsIsFreeOfJakartaEeAndOfTheOtherModules() {
    noClasses()
        .that()
        .resideInAPackage("jp.madoguchi.forms..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta..", "javax.ejb..", "jp.madoguchi.app..", "jp.madoguchi.integration..")
        .check(madoguchi);
  }

  @Test
  void integrationDoesNotReachIntoApp() {
    noClasses()
        .that()
        .resideInAPackage("jp.madoguchi.integration..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jp.madoguchi.app..", "jakarta.persistence..")
        .allowEmptyShould(true)
        .check(madoguchi);
  }

  @Test
  void portalPackageModuleIsPlainJava() {
    noClasses()
        .that()
        .resideInAPackage("jp.madoguchi.portal..")
        .and()
        // the simulator (tests and demo mode) makes packages from the forms module's samples
        .resideOutsideOfPackage("jp.madoguchi.portal.simulator..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta..",
            "org.apache.camel..",
            "jp.madoguchi.app..",
            "jp.madoguchi.integration..",
            "jp.madoguchi.forms..")
        .check(madoguchi);
  }

  @Test
  void domainDoesNotDependOnInterfacesOrInfrastructure() {
    noClasses()
        .that()
        .resideInAPackage("jp.madoguchi.app.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jp.madoguchi.app.interfaces..",
            "jp.madoguchi.app.infrastructure..",
            "jp.madoguchi.app.application..",
            "jakarta.ws.rs..")
        .check(madoguchi);
  }

  @Test
  void useCasesDoNotDependOnTheRestLayer() {
    noClasses()
        .that()
        .resideInAPackage("jp.madoguchi.app.application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jp.madoguchi.app.interfaces..", "jakarta.ws.rs..")
        .check(madoguchi);
  }
}
