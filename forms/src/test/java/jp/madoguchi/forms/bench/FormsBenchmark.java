package jp.madoguchi.forms.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.forms.catalog.ProcedureDefinition;
import jp.madoguchi.forms.pdf.ApplicationDocument;
import jp.madoguchi.forms.pdf.ApplicationPdf;
import jp.madoguchi.forms.pdf.SampleDocuments;
import jp.madoguchi.forms.samples.SampleApplications;
import jp.madoguchi.forms.validation.ApplicationValidator;

/**
 * Prints validations per second and 申請書 PDF pages per second for every procedure's valid sample as
 * a Markdown table, and writes it to the file named by the first argument (default {@code
 * target/bench/forms-benchmark.md}). The second argument is the measuring time per figure in
 * milliseconds (default 500). Run with {@code mvn -q -pl forms -Pbench exec:java}; see
 * docs/benchmarks.md.
 */
public final class FormsBenchmark {

  private final ApplicationValidator validator =
      new ApplicationValidator(Clock.system(SampleApplications.JAPAN));
  private final ApplicationPdf pdf = new ApplicationPdf();
  private final long measureNanos;
  private long sink;

  private FormsBenchmark(long measureMillis) {
    this.measureNanos = measureMillis * 1_000_000L;
  }

  public static void main(String[] args) throws IOException {
    Path output = Path.of(args.length > 0 ? args[0] : "target/bench/forms-benchmark.md");
    long millis = args.length > 1 ? Long.parseLong(args[1]) : 500;
    List<Sample> samples = new ArrayList<>();
    for (String code : SampleApplications.codes()) {
      samples.add(
          new Sample(
              SampleDocuments.definition(code),
              SampleApplications.valid(code, SampleApplications.today()),
              SampleDocuments.of(code)));
    }
    String report = new FormsBenchmark(millis).run(samples);
    System.out.println(report);
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.writeString(output, report, StandardCharsets.UTF_8);
    System.out.println("written to " + output.toAbsolutePath());
  }

  private String run(List<Sample> samples) {
    warmUp(samples);
    BenchReport report = new BenchReport(measureNanos / 1_000_000L);
    for (Sample sample : samples) {
      double validations = rate(() -> validate(sample));
      int pages = sample.pages(pdf);
      double renders = rate(() -> sink += pdf.render(sample.document()).length);
      report.add(sample.definition(), validations, pages, renders * pages);
    }
    double allRenders = rate(() -> samples.forEach(s -> sink += pdf.render(s.document()).length));
    int allPages = samples.stream().mapToInt(s -> s.pages(pdf)).sum();
    report.total(samples.size(), allPages, allRenders * allPages);
    return report.markdown() + (sink == 42 ? " " : "");
  }

  private void warmUp(List<Sample> samples) {
    long until = System.nanoTime() + 5 * measureNanos;
    while (System.nanoTime() < until) {
      samples.forEach(s -> validate(s));
      samples.forEach(s -> sink += pdf.render(s.document()).length);
    }
  }

  private void validate(Sample sample) {
    JsonNode raw = sample.raw();
    sink +=
        validator
            .validate(
                sample.definition(),
                raw.path("applicant"),
                raw.path("form"),
                SampleApplications.attachments(raw))
            .violations()
            .size();
  }

  /** Operations per second of {@code operation}, run repeatedly for the measuring time. */
  private double rate(Runnable operation) {
    long start = System.nanoTime();
    long count = 0;
    long elapsed;
    do {
      operation.run();
      count++;
      elapsed = System.nanoTime() - start;
    } while (elapsed < measureNanos);
    return count * 1e9 / elapsed;
  }

  private record Sample(
      ProcedureDefinition definition, JsonNode raw, ApplicationDocument document) {
    int pages(ApplicationPdf pdf) {
      return BenchReport.pages(pdf.render(document));
    }
  }
}
