package jp.madoguchi.app.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of the app module: interfaces → application → domain ← infrastructure. The domain
 * depends on nothing of the app outside itself; use cases reach infrastructure only through ports
 * (interfaces of the domain or of the use cases) that infrastructure implements; nothing depends on
 * the REST and UI layer. The two outer rings, interfaces and infrastructure, are adapters: the HTTP
 * edge may use infrastructure's security and health adapters, never the other way round. Demo mode
 * seeds data through the use cases.
 */
class LayerRulesTest {

  private static final String APP = "jp.madoguchi.app";

  private static JavaClasses app;

  @BeforeAll
  static void importClasses() {
    app =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(APP);
  }

  static ArchRule layers() {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Interfaces")
        .definedBy(APP + ".interfaces..")
        .layer("Application")
        .definedBy(APP + ".application..")
        .layer("Domain")
        .definedBy(APP + ".domain..")
        .layer("Infrastructure")
        .definedBy(APP + ".infrastructure..")
        .layer("Demo")
        .definedBy(APP + ".demo..")
        .whereLayer("Interfaces")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Demo")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Application")
        .mayOnlyBeAccessedByLayers("Interfaces", "Infrastructure", "Demo")
        .whereLayer("Infrastructure")
        .mayOnlyBeAccessedByLayers("Interfaces")
        .whereLayer("Domain")
        .mayOnlyBeAccessedByLayers("Application", "Interfaces", "Infrastructure", "Demo");
  }

  static ArchRule noPackageCycles() {
    return slices().matching(APP + ".(**)").should().beFreeOfCycles();
  }

  @Test
  void layersDependInwardOnly() {
    layers().check(app);
  }

  @Test
  void packagesFormNoCycle() {
    noPackageCycles().check(app);
  }
}
