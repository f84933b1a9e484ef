package jp.madoguchi.integration.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The file a FILE_EXPORT route writes (and the layout of BATCH files). {@code directory} is only
 * needed for FILE_EXPORT; {@code strictJisX0208} also treats NEC/IBM extension characters (髙, 﨑) as
 * 外字.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileSettings(
    String directory,
    FileEncoding encoding,
    FileFormat format,
    DateStyle dateStyle,
    boolean header,
    boolean strictJisX0208,
    List<ColumnSpec> columns) {

  public FileSettings {
    encoding = encoding == null ? FileEncoding.CP932 : encoding;
    format = format == null ? FileFormat.CSV : format;
    dateStyle = dateStyle == null ? DateStyle.ISO : dateStyle;
    columns = columns == null ? List.of() : List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new InvalidRouteConfigException("columns", "required", "列を1つ以上指定してください");
    }
  }

  @JsonIgnore
  public Optional<Path> directoryPath() {
    return directory == null || directory.isBlank()
        ? Optional.empty()
        : Optional.of(Path.of(directory));
  }

  /** The same settings without the header row (records of a batch file after its one header). */
  public FileSettings withoutHeader() {
    return new FileSettings(directory, encoding, format, dateStyle, false, strictJisX0208, columns);
  }

  /** True when any column carries 個人番号. */
  public boolean includesMyNumber() {
    return columns.stream().anyMatch(ColumnSpec::includesMyNumber);
  }
}
