package jp.madoguchi.integration.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.madoguchi.forms.catalog.ProcedureDefinition;

/**
 * Lists what is wrong with a route configuration before it is saved: the output directory (missing,
 * not a directory, not writable), the API URL (http or https only), header names, column sources
 * (known roots, and fields of the procedure definition when one is given), widths of fixed-length
 * columns, and retry numbers. Unknown enum values such as an encoding are reported by {@link
 * RouteConfigJson} while reading.
 */
public final class RouteConfigValidator {

  private static final Set<String> RESTRICTED_HEADERS =
      Set.of("connection", "content-length", "expect", "host", "upgrade", "idempotency-key");

  public List<ConfigViolation> validate(LinkageRouteConfig config) {
    return validate(config, null);
  }

  /** As {@link #validate(LinkageRouteConfig)}, also checking form paths against the definition. */
  public List<ConfigViolation> validate(LinkageRouteConfig config, ProcedureDefinition definition) {
    return validate(config, definition, definition == null || definition.isMyNumberUseWork());
  }

  /**
   * As {@link #validate(LinkageRouteConfig, ProcedureDefinition)}, with the installation's decision
   * whether the procedure is 個人番号利用事務: only then, and only with {@code includeMyNumber}, may a
   * column carry 個人番号.
   */
  public List<ConfigViolation> validate(
      LinkageRouteConfig config, ProcedureDefinition definition, boolean myNumberUse) {
    List<ConfigViolation> violations = new ArrayList<>();
    if (config.includeMyNumber() && !myNumberUse) {
      violations.add(
          new ConfigViolation(
              "includeMyNumber", "myNumberNotAllowed", "この手続は個人番号利用事務ではないため、個人番号を連携できません"));
    }
    if (config.file() != null) {
      if (config.pattern() == DeliveryPattern.FILE_EXPORT) {
        checkDirectory(config.file().directoryPath(), violations);
      }
      checkColumns(config.file(), definition, violations);
      checkMyNumberColumns(config, definition, myNumberUse, violations);
    }
    if (config.api() != null) {
      checkApi(config.api(), violations);
    }
    checkRetry(config.retry(), violations);
    return List.copyOf(violations);
  }

  private void checkDirectory(Optional<Path> directory, List<ConfigViolation> out) {
    String field = "file.directory";
    if (directory.isEmpty()) {
      out.add(new ConfigViolation(field, "directoryMissing", "出力先ディレクトリを指定してください"));
    } else if (!Files.exists(directory.get())) {
      out.add(new ConfigViolation(field, "directoryNotFound", "出力先ディレクトリが存在しません"));
    } else if (!Files.isDirectory(directory.get())) {
      out.add(new ConfigViolation(field, "notADirectory", "出力先はディレクトリではありません"));
    } else if (!Files.isWritable(directory.get())) {
      out.add(new ConfigViolation(field, "directoryNotWritable", "出力先ディレクトリに書き込めません"));
    }
  }

  private void checkColumns(
      FileSettings file, ProcedureDefinition definition, List<ConfigViolation> out) {
    for (int i = 0; i < file.columns().size(); i++) {
      ColumnSpec column = file.columns().get(i);
      String prefix = "file.columns[" + i + "].";
      Optional<ColumnSource> source = ColumnSource.parse(column.source());
      boolean known =
          source.isPresent()
              && (definition == null || DefinitionPaths.exists(source.get(), definition));
      if (!known) {
        out.add(new ConfigViolation(prefix + "source", "unknownColumnSource", "列の取得元が不明です"));
      }
      if (file.format() == FileFormat.FIXED && (column.width() == null || column.width() < 1)) {
        out.add(new ConfigViolation(prefix + "width", "widthMissing", "固定長形式では列の桁数（バイト数）が必須です"));
      }
    }
  }

  private void checkMyNumberColumns(
      LinkageRouteConfig config,
      ProcedureDefinition definition,
      boolean myNumberUse,
      List<ConfigViolation> out) {
    List<ColumnSpec> columns = config.file().columns();
    for (int i = 0; i < columns.size(); i++) {
      ColumnSpec column = columns.get(i);
      Optional<ColumnSource> source = ColumnSource.parse(column.source());
      boolean myNumber =
          source.isPresent()
              && (definition == null
                  ? column.includesMyNumber()
                  : DefinitionPaths.isMyNumber(source.get(), definition));
      String field = "file.columns[" + i + "].source";
      String named = "列「" + column.name() + "」（" + column.source() + "）は個人番号です。";
      if (myNumber && !myNumberUse) {
        out.add(
            new ConfigViolation(
                field, "myNumberNotAllowed", named + "この手続は個人番号利用事務ではないため、個人番号を連携できません"));
      } else if (myNumber && !config.includeMyNumber()) {
        out.add(
            new ConfigViolation(
                field,
                "myNumberNotDeclared",
                named + "個人番号を連携するには、ルートに includeMyNumber: true を明示してください"));
      }
    }
  }

  private void checkApi(ApiSettings api, List<ConfigViolation> out) {
    String scheme = api.url().getScheme() == null ? "" : api.url().getScheme();
    boolean http = scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https");
    if (!http || api.url().getHost() == null) {
      out.add(new ConfigViolation("api.url", "urlNotHttp", "URLは http または https で指定してください"));
    }
    if (api.timeoutMs() < 1 || api.timeoutMs() > 600_000) {
      out.add(new ConfigViolation("api.timeoutMs", "outOfRange", "タイムアウトは1〜600000ミリ秒で指定してください"));
    }
    if (api.maxPerSecond() < 0 || api.maxPerSecond() > 1000) {
      out.add(
          new ConfigViolation("api.maxPerSecond", "outOfRange", "毎秒の上限は0〜1000で指定してください（0は無制限）"));
    }
    for (String name : api.headers().keySet()) {
      if (RESTRICTED_HEADERS.contains(name.toLowerCase(Locale.ROOT))
          || !name.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+")) {
        out.add(new ConfigViolation("api.headers." + name, "restrictedHeader", "このヘッダーは指定できません"));
      }
    }
  }

  private void checkRetry(RetrySettings retry, List<ConfigViolation> out) {
    if (retry.maxAttempts() < 1 || retry.maxAttempts() > RetrySettings.MAX_ATTEMPTS_LIMIT) {
      out.add(new ConfigViolation("retry.maxAttempts", "retryOutOfRange", "最大試行回数は1〜100で指定してください"));
    }
    if (retry.initialDelayMs() < 1 || retry.initialDelayMs() > RetrySettings.MAX_DELAY_LIMIT_MS) {
      out.add(
          new ConfigViolation(
              "retry.initialDelayMs", "retryOutOfRange", "初回の再試行間隔は1ミリ秒〜24時間で指定してください"));
    }
    if (retry.maxDelayMs() < retry.initialDelayMs()
        || retry.maxDelayMs() > RetrySettings.MAX_DELAY_LIMIT_MS) {
      out.add(
          new ConfigViolation(
              "retry.maxDelayMs", "retryOutOfRange", "最大の再試行間隔は初回の間隔以上、24時間以下で指定してください"));
    }
  }
}
