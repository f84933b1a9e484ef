package jp.madoguchi.forms.catalog;

/** One line of the catalog: what {@code GET /api/v1/procedures} lists. */
public record ProcedureSummary(String code, String name, String category, String coreSystem) {}
