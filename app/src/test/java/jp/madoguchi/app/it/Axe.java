package jp.madoguchi.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core in a page: the script {@code axe.min.js} that Maven fetches with {@code
 * com.deque.html.axe-core:playwright} (a pinned version), evaluated in the page and run on the
 * whole document. Only the serious and critical violations are returned, one line each with the
 * rule, its help text and the elements it found.
 */
final class Axe {

  private static final String SOURCE = load();
  private static final String RUN =
      """
      async () => {
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return JSON.stringify(result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => ({ id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })));
      }""";

  private Axe() {}

  /** The serious and critical violations on the page as it is now. */
  static List<String> seriousViolations(Page page) {
    inject(page);
    List<String> found = new ArrayList<>();
    try {
      JsonNode violations = new ObjectMapper().readTree((String) page.evaluate(RUN));
      for (JsonNode v : violations) {
        found.add(
            v.path("id").asText()
                + " ("
                + v.path("impact").asText()
                + "): "
                + v.path("help").asText()
                + " at "
                + v.path("nodes"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /** The version of axe-core that runs (4.x). */
  static String version(Page page) {
    inject(page);
    return (String) page.evaluate("() => axe.version");
  }

  private static void inject(Page page) {
    if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
      page.evaluate(SOURCE);
    }
  }

  private static String load() {
    try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test classpath (axe-core)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
