package jp.madoguchi.app.interfaces.health;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;

/**
 * Where this server answers HTTP, learnt from the health requests themselves (the local address and
 * port they came in on, and the application's context path): the REST check calls the application
 * back there.
 */
final class LoopbackAddress {

  private static volatile URI base;

  private LoopbackAddress() {}

  static void noteFrom(HttpServletRequest request) {
    if (request.isSecure()) {
      return; // a TLS listener's certificate would not name the local address; keep the HTTP one
    }
    String host = request.getLocalAddr();
    if (host == null || host.isEmpty() || host.startsWith("0.0.0.0")) {
      host = "127.0.0.1";
    } else if (host.contains(":")) {
      host = "[" + host + "]";
    }
    base = URI.create("http://" + host + ":" + request.getLocalPort() + request.getContextPath());
  }

  /** The base URI (with context path), once a health request has arrived over HTTP. */
  static Optional<URI> base() {
    return Optional.ofNullable(base);
  }
}
