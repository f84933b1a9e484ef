package jp.madoguchi.app.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a request came from and whether over HTTPS: the socket peer, unless the peer is one of the
 * reverse proxies of {@code madoguchi.http.trusted-proxies} (comma-separated IP addresses), in
 * which case the proxy's {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed. From
 * anyone else these headers are ignored: they are the caller's to invent.
 */
@ApplicationScoped
public class ClientConnection {

  private static final int MAX_ADDRESS = 64;

  @Inject
  @ConfigProperty(name = "madoguchi.http.trusted-proxies")
  Optional<String> trustedProxiesSetting;

  private Set<String> trustedProxies;

  /** The caller's address. */
  public String address(HttpServletRequest request) {
    return address(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted());
  }

  /** Whether the caller reached us over HTTPS (directly, or through a trusted TLS proxy). */
  public boolean overHttps(HttpServletRequest request) {
    if (request.isSecure()) {
      return true;
    }
    String proto = request.getHeader("X-Forwarded-Proto");
    return proto != null
        && trusted().contains(request.getRemoteAddr())
        && "https".equalsIgnoreCase(last(proto));
  }

  /**
   * The client address given the socket peer and its X-Forwarded-For: the right-most entry that is
   * not a trusted proxy (entries further left may be made up by the client).
   */
  static String address(String peer, String forwardedFor, Set<String> trusted) {
    if (forwardedFor == null || !trusted.contains(peer)) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!hop.isEmpty() && !trusted.contains(hop)) {
        return hop.length() > MAX_ADDRESS ? hop.substring(0, MAX_ADDRESS) : hop;
      }
    }
    return peer;
  }

  private static String last(String list) {
    String[] values = list.split(",");
    return values[values.length - 1].strip();
  }

  private Set<String> trusted() {
    if (trustedProxies == null) {
      trustedProxies = parse(trustedProxiesSetting.orElse(""));
    }
    return trustedProxies;
  }

  static Set<String> parse(String setting) {
    return Arrays.stream(setting.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
