package jp.madoguchi.forms.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.forms.samples.SampleApplications;

/** What a rendered sample must and must not show, read from the sample itself. */
final class SampleTexts {

  private SampleTexts() {}

  /** Whitespace (including U+3000) removed: extractors split and space Japanese text freely. */
  static String compact(String text) {
    return text.replaceAll("[\\s\\u3000]", "");
  }

  static String applicantName(String code) {
    return compact(SampleApplications.valid(code).path("applicant").path("name").asText());
  }

  /** The kana as normalised (full-width katakana), whitespace removed. */
  static String applicantKana(String code) {
    return compact(SampleDocuments.of(code).applicant().path("nameKana").asText());
  }

  /** Every {@code myNumber} value anywhere in the sample, as bare digits. */
  static List<String> myNumbers(String code) {
    List<String> numbers = new ArrayList<>();
    collect(SampleApplications.valid(code), numbers);
    return numbers;
  }

  private static void collect(JsonNode node, List<String> numbers) {
    node.fields()
        .forEachRemaining(
            entry -> {
              if (entry.getKey().equals("myNumber") && entry.getValue().isTextual()) {
                numbers.add(entry.getValue().asText().replaceAll("[^0-9]", ""));
              }
            });
    node.elements().forEachRemaining(child -> collect(child, numbers));
  }
}
