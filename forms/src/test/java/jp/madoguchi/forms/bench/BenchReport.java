package jp.madoguchi.forms.bench;

import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import jp.madoguchi.forms.catalog.ProcedureDefinition;

/** The benchmark's Markdown table: one row per procedure and a total row for all samples. */
final class BenchReport {

  private final StringBuilder rows = new StringBuilder();
  private final long measureMillis;
  private String total = "";

  BenchReport(long measureMillis) {
    this.measureMillis = measureMillis;
  }

  static int pages(byte[] pdf) {
    try (PdfReader reader = new PdfReader(pdf)) {
      return reader.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void add(ProcedureDefinition definition, double validations, int pages, double pagesPerSecond) {
    rows.append(
        String.format(
            "| %s | %s | %,.0f | %d | %,.1f |%n",
            definition.code(), definition.name(), validations, pages, pagesPerSecond));
  }

  void total(int samples, int pages, double pagesPerSecond) {
    total =
        String.format(
            "| **all** | ApplicationPdf over all %d samples | | %d | %,.1f |%n",
            samples, pages, pagesPerSecond);
  }

  String markdown() {
    Runtime runtime = Runtime.getRuntime();
    return "# Forms benchmark\n\n"
        + String.format(
            "%s, Java %s, %d processors, max heap %d MiB, %d ms measured per figure after warm-up,"
                + " one thread.%n%n",
            OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS),
            System.getProperty("java.version"),
            runtime.availableProcessors(),
            runtime.maxMemory() / (1024 * 1024),
            measureMillis)
        + "| code | procedure | validations/s | PDF pages | PDF pages/s |\n"
        + "|---|---|---:|---:|---:|\n"
        + rows
        + total;
  }
}
