package jp.madoguchi.app.infrastructure.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.logging.Logger;
import jp.madoguchi.app.domain.linkage.SecretHeaders;
import jp.madoguchi.app.infrastructure.security.MyNumberCipher;
import jp.madoguchi.integration.config.LinkageRouteConfig;
import jp.madoguchi.integration.config.SftpSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Secret header values of a route (Authorization, X-Api-Key and {@code
 * madoguchi.linkage.secret-headers}) and the SFTP password, private key and passphrase are stored
 * sealed with the installation's AES-GCM key and opened when a stored version is read.
 */
@ApplicationScoped
public class RouteSecrets {

  private static final String SFTP = "sftp:";
  private static final Logger LOG = Logger.getLogger(RouteSecrets.class.getName());

  @Inject MyNumberCipher cipher;

  @Inject
  @ConfigProperty(name = "madoguchi.linkage.secret-headers", defaultValue = " ")
  String configured;

  LinkageRouteConfig seal(LinkageRouteConfig config) {
    SecretHeaders secret = SecretHeaders.of(configured);
    return map(
        config,
        (name, value) ->
            (secret.isSecret(name) || name.startsWith(SFTP)) && !MyNumberCipher.isSealed(value)
                ? cipher.seal(value)
                : value);
  }

  /** Whether the stored form of the configuration has a secret in clear (saved before sealing). */
  boolean hasClearSecret(LinkageRouteConfig stored) {
    SecretHeaders secret = SecretHeaders.of(configured);
    boolean[] clear = {false};
    map(
        stored,
        (name, value) -> {
          clear[0] |=
              (secret.isSecret(name) || name.startsWith(SFTP)) && !MyNumberCipher.isSealed(value);
          return value;
        });
    return clear[0];
  }

  private static String secret(String name, String value, BinaryOperator<String> map) {
    return value == null ? null : map.apply(name, value);
  }

  /**
   * The stored version with its secrets opened; a secret sealed under a key that is no longer
   * configured stays sealed (the core system then refuses it, and the route can be saved anew).
   */
  LinkageRouteConfig open(LinkageRouteConfig config) {
    return map(config, (name, value) -> opened(name, value));
  }

  private String opened(String name, String value) {
    try {
      return cipher.open(value);
    } catch (IllegalStateException e) {
      LOG.warning(
          () -> "the secret header " + name + " of a route cannot be opened: " + e.getMessage());
      return value;
    }
  }

  private static LinkageRouteConfig map(LinkageRouteConfig config, BinaryOperator<String> value) {
    if (config.file() != null && config.file().sftp() != null) {
      SftpSettings sftp = config.file().sftp();
      config =
          config.withFile(
              config
                  .file()
                  .withSftp(
                      sftp.withSecrets(
                          secret(SFTP + "password", sftp.password(), value),
                          secret(SFTP + "privateKey", sftp.privateKey(), value),
                          secret(
                              "sftp.privateKeyPassphrase", sftp.privateKeyPassphrase(), value))));
    }
    if (config.api() == null || config.api().headers().isEmpty()) {
      return config;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    config.api().headers().forEach((name, v) -> headers.put(name, value.apply(name, v)));
    return config.withApi(config.api().withHeaders(headers));
  }
}
