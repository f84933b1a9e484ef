package jp.madoguchi.forms.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Limits on a field's value; every component is optional. Dates: {@code minDate}/{@code maxDate}
 * are ISO dates or {@code today}, {@code today+N}, {@code today-N} (days); without {@code
 * allowFuture} a date may not lie after today.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Constraints(
    Integer maxLength,
    Integer minLength,
    Long min,
    Long max,
    String pattern,
    Integer length,
    Integer minItems,
    Integer maxItems,
    String minDate,
    String maxDate,
    Boolean allowFuture) {

  public static final Constraints NONE =
      new Constraints(null, null, null, null, null, null, null, null, null, null, null);

  public boolean futureAllowed() {
    return Boolean.TRUE.equals(allowFuture);
  }
}
