package jp.madoguchi.integration.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Character encodings core systems read. CP932 is Java's {@code windows-31j}. */
public enum FileEncoding {
  @JsonProperty("CP932")
  CP932(Charset.forName("windows-31j")),
  @JsonProperty("UTF-8")
  UTF_8(StandardCharsets.UTF_8);

  private final Charset charset;

  FileEncoding(Charset charset) {
    this.charset = charset;
  }

  public Charset charset() {
    return charset;
  }
}
