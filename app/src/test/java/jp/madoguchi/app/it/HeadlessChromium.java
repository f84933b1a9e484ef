package jp.madoguchi.app.it;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's chromium driven by Playwright, headless; no browser is downloaded. Fails (never skips)
 * when chromium is not installed. A test class registers one as a static extension
 * ({@code @RegisterExtension static final HeadlessChromium chromium = new HeadlessChromium();}): it
 * is launched before the class's tests and closed after them.
 */
final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback {

  static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
  private static final List<String> ARGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  private Playwright playwright;
  private Browser browser;
  private final Path screenshots =
      Path.of(System.getProperty("madoguchi.it.screenshots", "target/screenshots"));

  @Override
  public void beforeAll(ExtensionContext context) {
    if (!Files.isExecutable(EXECUTABLE)) {
      throw new IllegalStateException(
          "browser tests need Debian's chromium at "
              + EXECUTABLE
              + ": run `apt-get install chromium` (.ci/run does this when it is missing)");
    }
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(ARGS));
  }

  /** A fresh browser profile (cookies, storage) with a window of the given width. */
  Page newPage(int width) {
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setViewportSize(width, 900)
                .setLocale("ja-JP")
                .setTimezoneId("Asia/Tokyo"));
    context.setDefaultTimeout(15_000);
    return context.newPage();
  }

  void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(screenshots.resolve(name + ".png")).setFullPage(true));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }
}
