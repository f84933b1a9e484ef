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
  void overrideOfAnUnknownNestedFieldFailsTheCatalogNamingThePath() {
    assertThatThrownBy(() -> ProcedureCatalog.load("broken-override/"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("broken-override/X-02/v1.json")
        .hasMessageContaining("holder.kana");
  }

  @Test
  void missingCatalogFailsWithTheResourceName() {
    assertThatThrownBy(() -> ProcedureCatalog.load("nothing-here/"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nothing-here/index.json");
  }
}
