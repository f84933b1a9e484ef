package jp.madoguchi.integration.config;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.madoguchi.forms.catalog.ProcedureDefinition;

/**
 * Lists what is wrong with a route configuration before it is saved: the output directory (outside
 * the configured export roots, a system directory such as {@code /proc}, missing, not a directory,
 * not writable), the file mode and group, the API URL (http or https only), header names, column
 * sources (known roots, and fields of the procedure definition when one is given), widths of
 * fixed-length columns, and retry numbers. Unknown enum values such as an encoding are reported by
 * {@link RouteConfigJson} while reading.
 */
public final class RouteConfigValidator {

  private static final Set<String> RESTRICTED_HEADERS =
      Set.of("connection", "content-length", "expect", "host", "upgrade", "idempotency-key");

  /** Directories the operating system owns: writing there fails, or worse. */
  private static final List<Path> SYSTEM_DIRECTORIES =
      List.of(Path.of("/proc"), Path.of("/sys"), Path.of("/dev"));

  private final List<Path> exportRoots;

  /** Any directory but the system's may be an output directory (tests, tools). */
  public RouteConfigValidator() {
    this(List.of());
  }

  /**
   * Output directories must lie under one of these roots (absolute); a relative directory is read
   * against the first.
   */
  public RouteConfigValidator(List<Path> exportRoots) {
    this.exportRoots = exportRoots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
  }

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
        if (config.file().overSftp()) {
          checkSftp(config.file(), violations);
        } else {
          checkDirectory(config.file().directoryPath(), violations);
        }
        checkAccess(config.file(), violations);
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

  /** The directory a route names, relative ones read against the first export root. */
  public Path resolve(Path directory) {
    Path base = exportRoots.isEmpty() ? Path.of("").toAbsolutePath() : exportRoots.get(0);
    return base.resolve(directory).normalize();
  }

  private void checkDirectory(Optional<Path> named, List<ConfigViolation> out) {
    String field = "file.directory";
    if (named.isEmpty()) {
      out.add(new ConfigViolation(field, "directoryMissing", "出力先ディレクトリを指定してください"));
      return;
    }
    Path path = resolve(named.get());
    Optional<Path> directory = Optional.of(path);
    if (isSystemDirectory(path) || isSystemDirectory(realPath(path))) {
      out.add(
          new ConfigViolation(
              field, "systemDirectory", "システムのディレクトリ（/proc、/sys、/dev）には出力できません: " + path));
    } else if (!exportRoots.isEmpty()
        && (!underRoot(path) || (Files.exists(path) && !underRoot(realPath(path))))) {
      out.add(
          new ConfigViolation(
              field,
              "outsideExportRoots",
              "出力先は連携の出力ルート（"
                  + String.join("、", exportRoots.stream().map(Path::toString).toList())
                  + "）の下に指定してください: "
                  + path));
    } else if (!Files.exists(directory.get())) {
      out.add(new ConfigViolation(field, "directoryNotFound", "出力先ディレクトリが存在しません: " + path));
    } else if (!Files.isDirectory(directory.get())) {
      out.add(new ConfigViolation(field, "notADirectory", "出力先はディレクトリではありません: " + path));
    } else if (!Files.isWritable(directory.get())) {
      out.add(new ConfigViolation(field, "directoryNotWritable", "出力先ディレクトリに書き込めません: " + path));
    }
  }

  private static boolean isSystemDirectory(Path path) {
    return SYSTEM_DIRECTORIES.stream().anyMatch(path::startsWith);
  }

  private boolean underRoot(Path path) {
    return exportRoots.stream()
        .anyMatch(root -> path.startsWith(root) || path.startsWith(realPath(root)));
  }

  /** The path with its symbolic links resolved, or itself while it does not exist. */
  private static Path realPath(Path path) {
    try {
      return Files.exists(path) ? path.toRealPath() : path;
    } catch (IOException e) {
      return path;
    }
  }

  private void checkAccess(FileSettings file, List<ConfigViolation> out) {
    if (file.permissions().isEmpty()) {
      out.add(
          new ConfigViolation("file.mode", "invalidMode", "ファイルのモードは8進数（例: \"0640\"）で指定してください"));
    }
    if (file.group() != null && file.overSftp()) {
      out.add(
          new ConfigViolation(
              "file.group", "groupNotSupported", "SFTPの出力ではグループを指定できません（モードのみ設定できます）"));
    } else if (file.group() != null) {
      // groups exist only where files have POSIX attributes (not on Windows file systems)
      if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        out.add(new ConfigViolation("file.group", "groupNotSupported", "この環境ではファイルのグループを指定できません"));
        return;
      }
      try {
        FileSystems.getDefault()
            .getUserPrincipalLookupService()
            .lookupPrincipalByGroupName(file.group());
      } catch (UserPrincipalNotFoundException e) {
        out.add(
            new ConfigViolation("file.group", "groupNotFound", "グループ " + file.group() + " はありません"));
      } catch (IOException e) {
        out.add(new ConfigViolation("file.group", "groupNotSupported", "この環境ではファイルのグループを指定できません"));
      }
    }
  }

  /**
   * An SFTP route names a server and an absolute directory, the user, a password or a private key,
   * and the server's public host key (never trusted on first use).
   */
  private static void checkSftp(FileSettings file, List<ConfigViolation> out) {
    if (file.sftpAddress().isEmpty()) {
      out.add(
          new ConfigViolation(
              "file.directory",
              "invalidSftpAddress",
              "SFTPの出力先は sftp://ホスト[:ポート]/ディレクトリ の形で指定してください"));
    }
    SftpSettings sftp = file.sftp();
    if (sftp == null || sftp.username() == null) {
      out.add(new ConfigViolation("file.sftp.username", "required", "SFTPのユーザー名を指定してください"));
    }
    if (sftp == null || (sftp.password() == null && sftp.privateKey() == null)) {
      out.add(
          new ConfigViolation(
              "file.sftp.password", "credentialMissing", "SFTPのパスワードか秘密鍵（privateKey）を指定してください"));
    }
    if (sftp == null || sftp.pinnedKey().isEmpty()) {
      out.add(
          new ConfigViolation(
              "file.sftp.hostKey",
              "hostKeyMissing",
              "SFTPサーバーのホスト公開鍵を ssh-keyscan の出力の形（例: ssh-ed25519 AAAA…）で指定してください"));
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
