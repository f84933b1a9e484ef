package jp.madoguchi.forms.catalog;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MalformedDefinitionTest {

  @Test
  void enumWithoutOptionsFailsTheCatalogNamingFileAndField() {
    assertThatThrownBy(() -> ProcedureCatalog.load("broken/"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("broken/X-01/v1.json")
        .hasMessageContaining("form.kind");
  }

  @Test
  void missingCatalogFailsWithTheResourceName() {
    assertThatThrownBy(() -> ProcedureCatalog.load("nothing-here/"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nothing-here/index.json");
  }
}
