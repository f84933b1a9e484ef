package jp.madoguchi.app.application.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The portal pull configuration keys (docs/portal-pull.md). */
@ApplicationScoped
public class PortalSettings {

  @Inject
  @ConfigProperty(name = "madoguchi.portal.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "madoguchi.portal.base-url")
  Optional<String> baseUrl;

  @Inject
  @ConfigProperty(name = "madoguchi.portal.username", defaultValue = "madoguchi")
  String username;

  @Inject
  // Optional, not defaultValue = "": MicroProfile Config treats an empty default as no value and
  // then refuses the deployment.
  @ConfigProperty(name = "madoguchi.portal.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "madoguchi.portal.interval-seconds", defaultValue = "60")
  long intervalSeconds;

  @Inject
  @ConfigProperty(name = "madoguchi.portal.max-backoff-seconds", defaultValue = "900")
  long maxBackoffSeconds;

  @Inject
  @ConfigProperty(name = "madoguchi.portal.request-timeout-seconds", defaultValue = "30")
  long requestTimeoutSeconds;

  @Inject
  @ConfigProperty(name = "madoguchi.portal.trust-anchors")
  Optional<String> trustAnchors;

  @Inject
  @ConfigProperty(name = "madoguchi.portal.crl")
  Optional<String> crl;

  /** Whether the pull runs (needs a base URL). */
  public boolean enabled() {
    return enabled && baseUrl().isPresent();
  }

  public Optional<URI> baseUrl() {
    return baseUrl.filter(u -> !u.isBlank()).map(URI::create);
  }

  public String username() {
    return username;
  }

  public String password() {
    return password.orElse("");
  }

  public Duration interval() {
    return Duration.ofSeconds(Math.max(1, intervalSeconds));
  }

  public Duration maxBackoff() {
    return Duration.ofSeconds(Math.max(maxBackoffSeconds, interval().toSeconds()));
  }

  public Duration requestTimeout() {
    return Duration.ofSeconds(Math.max(1, requestTimeoutSeconds));
  }

  /** PEM file of the CA certificates that issue signing certificates. */
  public Optional<Path> trustAnchors() {
    return trustAnchors.filter(p -> !p.isBlank()).map(Path::of);
  }

  /** CRL file (PEM or DER) of those CAs; re-read for every package, so it can be replaced. */
  public Optional<Path> crl() {
    return crl.filter(p -> !p.isBlank()).map(Path::of);
  }
}
