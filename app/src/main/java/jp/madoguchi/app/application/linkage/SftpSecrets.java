package jp.madoguchi.app.application.linkage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.domain.linkage.SecretHeaders;
import jp.madoguchi.forms.validation.Violation;
import jp.madoguchi.integration.config.LinkageRouteConfig;
import jp.madoguchi.integration.config.SftpSettings;

/**
 * The secrets of an SFTP route (password, private key, its passphrase) are write-only like secret
 * headers: shown as {@value SecretHeaders#MASK}, and a PUT that sends the mask back keeps the value
 * stored in the current version.
 */
final class SftpSecrets {

  private static final List<String> FIELDS =
      List.of("password", "privateKey", "privateKeyPassphrase");

  private SftpSecrets() {}

  /** Masks the secrets in the JSON view of a route version. */
  static void mask(ObjectNode view) {
    if (view.path("file").path("sftp") instanceof ObjectNode sftp) {
      FIELDS.stream().filter(sftp::hasNonNull).forEach(f -> sftp.put(f, SecretHeaders.MASK));
    }
  }

  /** The configuration with every masked secret replaced by the stored one, or 422. */
  static LinkageRouteConfig keep(LinkageRouteConfig config, Optional<LinkageRouteConfig> current) {
    if (config.file() == null || config.file().sftp() == null) {
      return config;
    }
    SftpSettings sent = config.file().sftp();
    Optional<SftpSettings> stored = current.map(LinkageRouteConfig::file).map(file -> file.sftp());
    List<Violation> errors = new ArrayList<>();
    SftpSettings kept =
        sent.withSecrets(
            kept(sent.password(), stored, SftpSettings::password, "password", errors),
            kept(sent.privateKey(), stored, SftpSettings::privateKey, "privateKey", errors),
            kept(
                sent.privateKeyPassphrase(),
                stored,
                SftpSettings::privateKeyPassphrase,
                "privateKeyPassphrase",
                errors));
    if (!errors.isEmpty()) {
      throw ApplicationProblem.invalid(errors);
    }
    return config.withFile(config.file().withSftp(kept));
  }

  private static String kept(
      String sent,
      Optional<SftpSettings> stored,
      Function<SftpSettings, String> field,
      String name,
      List<Violation> errors) {
    if (!SecretHeaders.MASK.equals(sent)) {
      return sent;
    }
    Optional<String> value = stored.map(field);
    if (value.isEmpty()) {
      errors.add(
          new Violation("file.sftp." + name, "secretMissing", name + " の値は保存されていません。値を入力してください"));
      return sent;
    }
    return value.get();
  }
}
