package jp.madoguchi.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import jp.madoguchi.forms.catalog.FieldDefinition;

/** Checks and normalises one present (non-null, non-blank) scalar value of one field type. */
interface ValueCheck {

  Outcome check(JsonNode value, FieldDefinition field, Location at, ValidationRun run);
}
