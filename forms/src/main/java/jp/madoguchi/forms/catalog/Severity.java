package jp.madoguchi.forms.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a rule's finding counts: an {@code error} refuses the application (422), a {@code warning}
 * never blocks intake and is shown to clerks (e.g. 届出期限の経過, 支給限度基準額の超過).
 */
public enum Severity {
  @JsonProperty("error")
  ERROR,
  @JsonProperty("warning")
  WARNING
}
