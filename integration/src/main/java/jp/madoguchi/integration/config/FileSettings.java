package jp.madoguchi.integration.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The file a FILE_EXPORT route writes (and the layout of BATCH files). {@code directory} is only
 * needed for FILE_EXPORT; {@code strictJisX0208} also treats NEC/IBM extension characters (髙, 﨑) as
 * 外字. {@code mode} (octal, default {@value #DEFAULT_MODE}) and the optional {@code group} are given
 * to every exported file, so that an import job under another OS account of that group can read it.
 * A directory {@code sftp://host[:port]/dir} sends the files to an SFTP server instead, logging in
 * with {@code sftp} ({@link SftpSettings}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileSettings(
    String directory,
    FileEncoding encoding,
    FileFormat format,
    DateStyle dateStyle,
    boolean header,
    boolean strictJisX0208,
    List<ColumnSpec> columns,
    String mode,
    String group,
    SftpSettings sftp) {

  /** rw-r-----: the owner writes, the import job's group reads, nobody else. */
  public static final String DEFAULT_MODE = "0640";

  public FileSettings(
      String directory,
      FileEncoding encoding,
      FileFormat format,
      DateStyle dateStyle,
      boolean header,
      boolean strictJisX0208,
      List<ColumnSpec> columns) {
    this(directory, encoding, format, dateStyle, header, strictJisX0208, columns, null, null, null);
  }

  public FileSettings {
    mode = mode == null || mode.isBlank() ? DEFAULT_MODE : mode;
    group = group == null || group.isBlank() ? null : group;
    encoding = encoding == null ? FileEncoding.CP932 : encoding;
    format = format == null ? FileFormat.CSV : format;
    dateStyle = dateStyle == null ? DateStyle.ISO : dateStyle;
    columns = columns == null ? List.of() : List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new InvalidRouteConfigException("columns", "required", "列を1つ以上指定してください");
    }
  }

  /** The local directory; empty when none is named or it is an SFTP address. */
  @JsonIgnore
  public Optional<Path> directoryPath() {
    return directory == null || directory.isBlank() || SftpAddress.isSftp(directory)
        ? Optional.empty()
        : Optional.of(Path.of(directory));
  }

  /** The SFTP server and directory, when {@code directory} is {@code sftp://host[:port]/dir}. */
  @JsonIgnore
  public Optional<SftpAddress> sftpAddress() {
    return SftpAddress.parse(directory);
  }

  /**
   * True when the route delivers its files over SFTP (not a bean getter: JSON has {@code sftp}).
   */
  public boolean overSftp() {
    return SftpAddress.isSftp(directory);
  }

  /** The same settings with other SFTP settings (secrets sealed, opened or masked). */
  public FileSettings withSftp(SftpSettings other) {
    return new FileSettings(
        directory,
        encoding,
        format,
        dateStyle,
        header,
        strictJisX0208,
        columns,
        mode,
        group,
        other);
  }

  /** The same settings without the header row (records of a batch file after its one header). */
  public FileSettings withoutHeader() {
    return new FileSettings(
        directory, encoding, format, dateStyle, false, strictJisX0208, columns, mode, group, sftp);
  }

  /** The same settings writing to another directory. */
  public FileSettings withDirectory(String other) {
    return new FileSettings(
        other, encoding, format, dateStyle, header, strictJisX0208, columns, mode, group, sftp);
  }

  /** The permissions of {@code mode}; empty when it is not an octal mode of 3 or 4 digits. */
  @JsonIgnore
  public Optional<Set<PosixFilePermission>> permissions() {
    if (!mode.matches("0?[0-7]{3}")) {
      return Optional.empty();
    }
    String digits = mode.substring(mode.length() - 3);
    StringBuilder text = new StringBuilder();
    for (char digit : digits.toCharArray()) {
      int bits = digit - '0';
      text.append((bits & 4) != 0 ? 'r' : '-')
          .append((bits & 2) != 0 ? 'w' : '-')
          .append((bits & 1) != 0 ? 'x' : '-');
    }
    return Optional.of(PosixFilePermissions.fromString(text.toString()));
  }

  /** True when any column carries 個人番号. */
  public boolean includesMyNumber() {
    return columns.stream().anyMatch(ColumnSpec::includesMyNumber);
  }
}
