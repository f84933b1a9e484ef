package jp.madoguchi.app.domain.linkage;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The request headers of a route whose values are secrets (API keys, credentials): stored encrypted
 * and never shown, only written. Names compare without case.
 */
public record SecretHeaders(Set<String> names) {

  /** What a secret value is shown as; sent back in a PUT it keeps the stored value. */
  public static final String MASK = "********";

  /** Always secret, whatever the configuration adds. */
  public static final String ALWAYS = "Authorization,X-Api-Key";

  public SecretHeaders {
    names = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }

  /** {@link #ALWAYS} and the comma-separated names configured. */
  public static SecretHeaders of(String configured) {
    String all = ALWAYS + "," + (configured == null ? "" : configured);
    return new SecretHeaders(
        Arrays.stream(all.split(","))
            .map(String::strip)
            .filter(n -> !n.isEmpty())
            .collect(Collectors.toSet()));
  }

  public boolean isSecret(String headerName) {
    return headerName != null && names.contains(headerName.toLowerCase(Locale.ROOT));
  }
}
