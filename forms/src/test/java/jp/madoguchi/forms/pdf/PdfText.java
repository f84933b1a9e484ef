package jp.madoguchi.forms.pdf;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Reads rendered PDFs back: OpenPDF's text extractor, and poppler's tools when installed. */
final class PdfText {

  private PdfText() {}

  static int pages(byte[] pdf) {
    try (PdfReader reader = new PdfReader(pdf)) {
      return reader.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of each page, by OpenPDF. */
  static List<String> openPdfPages(byte[] pdf) {
    try (PdfReader reader = new PdfReader(pdf)) {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      List<String> pages = new ArrayList<>();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        pages.add(extractor.getTextFromPage(page));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String openPdf(byte[] pdf) {
    return String.join("\n", openPdfPages(pdf));
  }

  static boolean hasPoppler(String tool) {
    return Optional.ofNullable(System.getenv("PATH")).stream()
        .flatMap(path -> List.of(path.split(java.io.File.pathSeparator)).stream())
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
  }

  /** {@code pdftotext -layout file -}: the text as poppler sees it. */
  static String pdftotext(byte[] pdf) {
    return poppler(pdf, "pdftotext", "-enc", "UTF-8", "-layout");
  }

  /** {@code pdffonts file}: the font table. */
  static String pdffonts(byte[] pdf) {
    return poppler(pdf, "pdffonts");
  }

  private static String poppler(byte[] pdf, String... command) {
    try {
      Path file = Files.createTempFile("madoguchi-", ".pdf");
      try {
        Files.write(file, pdf);
        List<String> args = new ArrayList<>(List.of(command));
        args.add(file.toString());
        if (command[0].equals("pdftotext")) {
          args.add("-");
        }
        Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
          throw new IllegalStateException(command[0] + " failed: " + new String(out));
        }
        return new String(out, StandardCharsets.UTF_8);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
