package jp.madoguchi.integration.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One column of an exported file: its header name, where the value comes from, how it is converted,
 * and (fixed-length records only) its width in bytes of the file's encoding. {@code
 * includesMyNumber} is derived from the source and only written, never read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "includesMyNumber", allowGetters = true)
public record ColumnSpec(String name, String source, ColumnKind kind, Integer width) {

  public ColumnSpec {
    if (name == null || name.isBlank()) {
      throw new InvalidRouteConfigException("name", "required", "列名は必須です");
    }
    InvalidRouteConfigException.required(source, "source");
    kind = kind == null ? ColumnKind.TEXT : kind;
  }

  /** True when the column carries 個人番号, which only 個人番号利用事務 exports may contain. */
  @JsonProperty("includesMyNumber")
  public boolean includesMyNumber() {
    return ColumnSource.parse(source).map(s -> s.leafKey().equals("myNumber")).orElse(false);
  }
}
