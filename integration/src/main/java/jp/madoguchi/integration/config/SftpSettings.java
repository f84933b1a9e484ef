package jp.madoguchi.integration.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;

/**
 * How a FILE_EXPORT route whose directory is {@code sftp://host[:port]/dir} logs in to the core
 * system's 連携サーバ: the user, a password or an OpenSSH private key (with its passphrase), and the
 * server's pinned public host key as {@code ssh-keyscan} prints it ({@code ssh-ed25519 AAAA…}, a
 * whole known_hosts line is accepted too). The password, the key and the passphrase are secrets:
 * stored encrypted and shown as ********.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SftpSettings(
    String username,
    String password,
    String privateKey,
    String privateKeyPassphrase,
    String hostKey) {

  public SftpSettings {
    username = blankToNull(username);
    password = blankToNull(password);
    privateKey = blankToNull(privateKey);
    privateKeyPassphrase = blankToNull(privateKeyPassphrase);
    hostKey = blankToNull(hostKey);
  }

  /** The same settings with the secrets replaced (sealed, opened or masked). */
  public SftpSettings withSecrets(String newPassword, String newKey, String newPassphrase) {
    return new SftpSettings(username, newPassword, newKey, newPassphrase, hostKey);
  }

  /**
   * The pinned key as {@code type base64}; empty when {@code hostKey} is neither that nor a
   * known_hosts line ({@code host type base64 [comment]}).
   */
  @JsonIgnore
  public Optional<String> pinnedKey() {
    if (hostKey == null) {
      return Optional.empty();
    }
    String[] tokens = hostKey.strip().split("\\s+");
    int type = tokens[0].startsWith("ssh-") || tokens[0].startsWith("ecdsa-") ? 0 : 1;
    if (tokens.length < type + 2
        || !(tokens[type].startsWith("ssh-") || tokens[type].startsWith("ecdsa-"))
        || !tokens[type + 1].matches("[A-Za-z0-9+/]+=*")) {
      return Optional.empty();
    }
    return Optional.of(tokens[type] + " " + tokens[type + 1]);
  }

  /** The one known_hosts line of the pinned key for the address ({@code [host]:port} off 22). */
  public String knownHostsLine(SftpAddress address) {
    String host =
        address.port() == SftpAddress.DEFAULT_PORT
            ? address.host()
            : "[" + address.host() + "]:" + address.port();
    return host + " " + pinnedKey().orElseThrow(() -> new IllegalStateException("no host key"));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
