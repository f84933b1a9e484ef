package jp.madoguchi.integration.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.madoguchi.integration.config.ColumnSource;
import jp.madoguchi.integration.config.ColumnSpec;
import jp.madoguchi.integration.config.FileFormat;
import jp.madoguchi.integration.config.FileSettings;

/** Renders a delivery record as the file settings of its route ask: columns, format, charset. */
public final class RecordRenderer {

  /** Parsed column sources by path: a file of many records parses each path once. */
  private static final int MAX_CACHED_SOURCES = 10_000;

  private final Map<String, Optional<ColumnSource>> sources = new ConcurrentHashMap<>();

  /**
   * The header row alone (CSV with {@code header} set; empty otherwise), for files of many records:
   * the header once, then each record rendered with {@link FileSettings#withoutHeader()}.
   */
  public byte[] header(FileSettings file) {
    if (file.format() == FileFormat.FIXED || !file.header()) {
      return new byte[0];
    }
    List<String> names = file.columns().stream().map(ColumnSpec::name).toList();
    TargetCharset target = TargetCharset.of(file.encoding(), file.strictJisX0208());
    return new CsvRecordWriter(target, false).write(List.of(), names).content();
  }

  public RenderedRecord render(DeliveryRecord record, FileSettings file) {
    CellFormatter formatter = new CellFormatter(file.dateStyle());
    List<String> values = new ArrayList<>();
    for (ColumnSpec column : file.columns()) {
      ColumnSource source =
          source(column.source())
              .orElseThrow(
                  () ->
                      new RecordRenderingException("column " + column.name() + ": unknown source"));
      values.add(
          SourceValues.resolve(record, source, column.name())
              .map(v -> formatter.format(column.name(), column.kind(), v))
              .orElse(null));
    }
    TargetCharset target = TargetCharset.of(file.encoding(), file.strictJisX0208());
    if (file.format() == FileFormat.FIXED) {
      return new FixedLengthRecordWriter(target).write(file.columns(), values);
    }
    List<String> names = file.columns().stream().map(ColumnSpec::name).toList();
    return new CsvRecordWriter(target, file.header()).write(names, values);
  }

  private Optional<ColumnSource> source(String path) {
    if (path == null) {
      return Optional.empty();
    }
    Optional<ColumnSource> parsed = sources.get(path);
    if (parsed == null) {
      parsed = ColumnSource.parse(path);
      if (sources.size() >= MAX_CACHED_SOURCES) {
        sources.clear();
      }
      sources.put(path, parsed);
    }
    return parsed;
  }
}
