/**
 * The validation engine: {@link jp.madoguchi.forms.validation.ApplicationValidator} checks an
 * application against a {@link jp.madoguchi.forms.catalog.ProcedureDefinition} and returns
 * violations with Japanese messages plus the normalised blocks to store.
 */
package jp.madoguchi.forms.validation;
