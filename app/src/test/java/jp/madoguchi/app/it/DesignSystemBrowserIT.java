package jp.madoguchi.app.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.madoguchi.app.it.StaffScreens.logIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * デジタル庁デザインシステム alignment in a real browser (issue 18): sizes read from the computed styles (44 px
 * targets, 16 px body text, 14 px table text), the queue as cards at 768 px, 連携設定's short columns
 * on one line, the test portal's error summary linking to its fields and its 年・月・日 entry sending
 * ISO dates.
 */
class DesignSystemBrowserIT {

  @RegisterExtension static final HeadlessChromium chromium = new HeadlessChromium();
  private final String base = MadoguchiServer.get().uri("/").toString();

  /** Sizes on the page: body text, controls lower than 44 px, the smallest text in a table. */
  private static final String SIZES =
      """
      () => {
        const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
        const low = (selector) => [...document.querySelectorAll(selector)].filter(shown)
          .filter((el) => el.getBoundingClientRect().height < 44).map((el) => el.outerHTML.slice(0, 90));
        const texts = [...document.querySelectorAll('td, td *, th, th *')].filter(shown)
          .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()));
        return JSON.stringify({
          body: parseFloat(getComputedStyle(document.body).fontSize),
          lowButtons: low('button, .button'),
          lowFields: low('input:not([type=checkbox]):not([type=radio]), select'),
          tableTexts: texts.length,
          smallestTableText: Math.min(...texts.map((el) => parseFloat(getComputedStyle(el).fontSize))),
        });
      }""";

  @Test
  void controlsAreAtLeast44PxHighAndTextAtLeast16PxOr14PxInTables() {
    WorkflowIT.Submitted submitted = WorkflowIT.submit("CC-01");
    Page clerk = chromium.newPage(1280);
    logIn(clerk, base, "clerk", "clerk-demo", "受付キュー");
    assertFollowsSizes(clerk, "受付キュー");
    clerk.navigate(base + "#/applications/" + submitted.id());
    assertThat(clerk.locator("#detail-status")).hasText("受付");
    assertFollowsSizes(clerk, "詳細");

    Page admin = chromium.newPage(1280);
    logIn(admin, base, "itadmin", "itadmin-demo", "連携設定");
    assertFollowsSizes(admin, "連携設定");

    Page portal = chromium.newPage(1280);
    portal.navigate(base + "portal.html?procedure=CC-01");
    assertThat(portal.locator("#submit-application")).isVisible();
    assertFollowsSizes(portal, "検証用ポータル");
  }

  private static void assertFollowsSizes(Page page, String screen) {
    JsonNode sizes = Linkage.json((String) page.evaluate(SIZES));
    assertThat(sizes.path("body").asDouble()).as(screen + " body text").isGreaterThanOrEqualTo(16);
    assertThat(sizes.path("lowButtons")).as(screen + " buttons under 44 px").isEmpty();
    assertThat(sizes.path("lowFields")).as(screen + " fields under 44 px").isEmpty();
    if (sizes.path("tableTexts").asInt() > 0) {
      assertThat(sizes.path("smallestTableText").asDouble())
          .as(screen + " table text")
          .isGreaterThanOrEqualTo(14);
    }
  }

  @Test
  void queueAt768PxShowsCardsWithTheReceiptNumberOnOneLineAndTheProcedureReadable() {
    WorkflowIT.submit("CC-01");
    Page tablet = chromium.newPage(768);
    logIn(tablet, base, "clerk", "clerk-demo", "受付キュー");
    assertThat(tablet.locator("#queue-table tbody tr").first()).isVisible();
    chromium.screenshot(tablet, "design-queue-cards-768");
    JsonNode layout =
        Linkage.json(
            (String)
                tablet.evaluate(
                    """
                    () => JSON.stringify({
                      overflow: (() => { const w = document.querySelector('.table-wrap');
                        return w.scrollWidth - w.clientWidth; })(),
                      rows: [...document.querySelectorAll('#queue-table tbody tr')].map((tr) => ({
                        height: tr.getBoundingClientRect().height,
                        receiptLines: tr.querySelector('.q-receipt a').getClientRects().length,
                        procedureWidth: tr.querySelector('.q-procedure').getBoundingClientRect().width,
                      })),
                    })"""));
    assertThat(layout.path("overflow").asInt()).as("horizontal scrolling").isLessThanOrEqualTo(0);
    assertThat(layout.path("rows")).isNotEmpty();
    for (JsonNode row : layout.path("rows")) {
      assertThat(row.path("height").asDouble()).as("row height").isLessThan(220);
      assertThat(row.path("receiptLines").asInt()).as("受付番号 on one line").isEqualTo(1);
      assertThat(row.path("procedureWidth").asDouble()).as("手続 width").isGreaterThan(320);
    }
  }

  @Test
  void routeListAt768PxKeepsTriggerAndEnabledOnOneLine() {
    Page tablet = chromium.newPage(768);
    logIn(tablet, base, "itadmin", "itadmin-demo", "連携設定");
    chromium.screenshot(tablet, "design-linkage-routes-768");
    JsonNode lines =
        Linkage.json(
            (String)
                tablet.evaluate(
                    """
                    () => {
                      // the lines of the longest-wrapped text in the cell (a badge's box and its
                      // smaller text have different tops, but are one line)
                      const lines = (el) => {
                        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
                        let most = 0;
                        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
                          const range = document.createRange();
                          range.selectNodeContents(text);
                          const tops = [...range.getClientRects()].map((r) => Math.round(r.top));
                          most = Math.max(most, new Set(tops).size);
                        }
                        return most;
                      };
                      const header = [...document.querySelectorAll('#routes-table thead th')]
                        .map((th) => th.textContent);
                      const cells = (name) => [...document.querySelectorAll(
                        `#routes-table tbody td:nth-child(${header.indexOf(name) + 1})`)];
                      return JSON.stringify({
                        trigger: Math.max(...cells('連携の契機').map(lines)),
                        enabled: Math.max(...cells('有効').map(lines)),
                        headings: Math.max(...[...document.querySelectorAll('#routes-table th')]
                          .map(lines)),
                      });
                    }"""));
    assertThat(lines.path("trigger").asInt()).as("連携の契機 lines").isEqualTo(1);
    assertThat(lines.path("enabled").asInt()).as("有効 lines").isEqualTo(1);
    assertThat(lines.path("headings").asInt()).as("heading lines").isEqualTo(1);
  }

  @Test
  void portalErrorSummaryLinksEachErrorToItsField() {
    Page page = chromium.newPage(1280);
    page.navigate(base + "portal.html?procedure=CC-01");
    page.locator("#submit-application").click();
    Locator summary = page.locator("#submit-result .error-summary");
    assertThat(summary).containsText("件の誤りがあります。");
    Locator name =
        summary.locator("a", new Locator.LocatorOptions().setHasText("申請者 › 氏名：")).first();
    assertThat(name).hasAttribute("href", "#f-applicant_name");
    name.click();
    assertThat(page.locator("#f-applicant_name")).isFocused();
    assertThat(page.locator("#f-applicant_name")).hasAttribute("aria-invalid", "true");
    chromium.screenshot(page, "design-portal-error-summary");
  }

  @Test
  void portalDateEntrySendsIsoDatesAndADayOutsideItsEraIsRefusedNextToItsField() {
    Page page = chromium.newPage(1280);
    AtomicReference<String> sent = new AtomicReference<>();
    page.onRequest(
        (Request request) -> {
          if (request.method().equals("POST") && request.url().endsWith("/api/v1/applications")) {
            sent.set(request.postData());
          }
        });
    page.navigate(base + "portal.html?procedure=CC-01");
    assertThat(page.locator("#f-applicant_birthDate legend")).containsText("生年月日");
    PortalDates.enter(page, "applicant.birthDate", "昭和", 45, 9, 9);
    PortalDates.enter(page, "form.reasonDate", "平成", 35, 1, 1);
    page.locator("#submit-application").click();
    assertThat(page.locator("#submit-result .error-summary")).isVisible();

    JsonNode body = Linkage.json(sent.get());
    assertThat(body.path("applicant").path("birthDate").asText()).isEqualTo("1970-09-09");
    assertThat(body.path("form").path("reasonDate").asText()).isEqualTo("平成35年1月1日");
    assertThat(page.locator("#f-applicant_birthDate-error")).isEmpty();
    assertThat(page.locator("#f-form_reasonDate-error")).not().isEmpty();
    assertThat(page.locator("#f-form_reasonDate-era")).hasAttribute("aria-invalid", "true");
    chromium.screenshot(page, "design-portal-date-entry");
  }
}
