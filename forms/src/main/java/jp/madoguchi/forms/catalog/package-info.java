/**
 * The procedure catalog: procedure definitions as data files under {@code procedures/}, loaded and
 * checked by {@link jp.madoguchi.forms.catalog.ProcedureCatalog}; the records here are the public
 * JSON shape of {@code GET /api/v1/procedures/{code}} (see forms/README.md).
 */
package jp.madoguchi.forms.catalog;
