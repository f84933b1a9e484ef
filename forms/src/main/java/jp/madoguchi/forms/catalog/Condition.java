package jp.madoguchi.forms.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;

/**
 * When a field or attachment is required, as data. Either a test of one {@code field} with exactly
 * one operator ({@code equals}, {@code notEquals}, {@code in}, {@code present}, {@code ageUnder},
 * {@code some}), or a combination ({@code all}, {@code any}, {@code not}). A plain field name is a
 * sibling in the same object or group item; {@code form.x.y} and {@code applicant.x} are absolute.
 * {@code in} on a multi field means "contains any of"; {@code some} tests the items of a group with
 * a nested condition relative to each item; {@code ageUnder} is true for a date whose legal age
 * today is below N.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Condition(
    String field,
    @JsonProperty("equals") JsonNode equalTo,
    JsonNode notEquals,
    List<JsonNode> in,
    Boolean present,
    Integer ageUnder,
    Condition some,
    List<Condition> all,
    List<Condition> any,
    Condition not) {

  /** How many field operators are set; a well-formed field test has exactly one. */
  @JsonIgnore
  public long operatorCount() {
    return Stream.of(equalTo, notEquals, in, present, ageUnder, some)
        .filter(o -> o != null)
        .count();
  }

  /** How many combinators are set; a well-formed combination has exactly one and no field. */
  @JsonIgnore
  public long combinatorCount() {
    return Stream.of(all, any, not).filter(o -> o != null).count();
  }
}
