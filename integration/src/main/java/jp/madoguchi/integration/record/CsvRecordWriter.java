package jp.madoguchi.integration.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One CSV record (RFC 4180 quoting, CRLF), optionally after a header row, in the target charset.
 * Every cell is neutralised against spreadsheet formulas and prepared for the charset.
 */
public final class CsvRecordWriter {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private final TargetCharset target;
  private final boolean header;

  public CsvRecordWriter(TargetCharset target, boolean header) {
    this.target = target;
    this.header = header;
  }

  /** {@code values} holds one entry per column; null for an empty cell. */
  public RenderedRecord write(List<String> names, List<String> values) {
    boolean[] gaiji = {false};
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      if (header) {
        printer.printRecord(prepare(names, gaiji));
      }
      printer.printRecord(prepare(values, gaiji));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RenderedRecord(out.toString().getBytes(target.charset()), gaiji[0], List.of());
  }

  private List<String> prepare(List<String> cells, boolean[] gaiji) {
    List<String> prepared = new ArrayList<>(cells.size());
    for (String cell : cells) {
      if (cell == null) {
        prepared.add(null);
        continue;
      }
      Substitution s = target.prepare(FormulaNeutraliser.neutralise(cell));
      gaiji[0] |= s.gaijiFound();
      prepared.add(s.text());
    }
    return prepared;
  }
}
