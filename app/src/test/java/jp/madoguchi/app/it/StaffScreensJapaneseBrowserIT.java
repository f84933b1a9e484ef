package jp.madoguchi.app.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.madoguchi.app.it.StaffScreens.logIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.madoguchi.app.it.Api.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 18 points 1, 5 and 7 in a real browser: 和暦 with 西暦, hyphenated 郵便番号 and 電話番号, Japanese role
 * names, field labels in 履歴, file types instead of media types, technical values behind 詳細, the
 * access log in Japanese with seconds, attachments grouped by submission; and the browser's
 * japanese.js checked case by case.
 */
class StaffScreensJapaneseBrowserIT {

  @RegisterExtension static final HeadlessChromium chromium = new HeadlessChromium();
  private static final Api CLERK = Api.as("clerk", "clerk-demo");
  private final String base = MadoguchiServer.get().uri("/").toString();

  /** [function, argument, expected] for assets/japanese.js. */
  private static final List<List<String>> CASES =
      List.of(
          List.of("formatDate", "2025-04-01", "令和7年4月1日（2025-04-01）"),
          List.of("formatDate", "2019-04-30", "平成31年4月30日（2019-04-30）"),
          List.of("formatDate", "2019-05-01", "令和元年5月1日（2019-05-01）"),
          List.of("formatDate", "1989-01-07", "昭和64年1月7日（1989-01-07）"),
          List.of("formatDate", "1989-01-08", "平成元年1月8日（1989-01-08）"),
          List.of("formatDate", "1926-12-24", "大正15年12月24日（1926-12-24）"),
          List.of("formatDate", "1926-12-25", "昭和元年12月25日（1926-12-25）"),
          List.of("formatDate", "1912-07-29", "明治45年7月29日（1912-07-29）"),
          List.of("formatDate", "1912-07-30", "大正元年7月30日（1912-07-30）"),
          List.of("formatDate", "1868-01-25", "明治元年1月25日（1868-01-25）"),
          List.of("formatDate", "1868-01-24", "1868-01-24"),
          List.of("formatDate", "不明", "不明"),
          List.of("formatYearMonth", "2019-05", "令和元年5月（2019-05）"),
          List.of("formatDateTime", "2025-04-01T00:30:15Z", "令和7年4月1日 09:30"),
          List.of("formatDateTime", "2019-04-30T15:00:00Z", "令和元年5月1日 00:00"),
          List.of("formatDateTimeSeconds", "2025-04-01T00:30:05Z", "令和7年4月1日 09:30:05"),
          List.of("formatPostalCode", "1000001", "100-0001"),
          List.of("formatPostalCode", "１００-０００１", "100-0001"),
          List.of("formatPhoneNumber", "09012345678", "090-1234-5678"),
          List.of("formatPhoneNumber", "08012345678", "080-1234-5678"),
          List.of("formatPhoneNumber", "07012345678", "070-1234-5678"),
          List.of("formatPhoneNumber", "05012345678", "050-1234-5678"),
          List.of("formatPhoneNumber", "0120123456", "0120-123-456"),
          List.of("formatPhoneNumber", "08001234567", "0800-123-4567"),
          List.of("formatPhoneNumber", "0312345678", "03-1234-5678"),
          List.of("formatPhoneNumber", "0612345678", "06-1234-5678"),
          List.of("formatPhoneNumber", "0111234567", "011-123-4567"),
          List.of("formatPhoneNumber", "0221234567", "022-123-4567"),
          List.of("formatPhoneNumber", "0451234567", "045-123-4567"),
          List.of("formatPhoneNumber", "0521234567", "052-123-4567"),
          List.of("formatPhoneNumber", "0751234567", "075-123-4567"),
          List.of("formatPhoneNumber", "0781234567", "078-123-4567"),
          List.of("formatPhoneNumber", "0821234567", "082-123-4567"),
          List.of("formatPhoneNumber", "0921234567", "092-123-4567"),
          List.of("formatPhoneNumber", "0422123456", "0422-12-3456"),
          List.of("formatPhoneNumber", "+81 90-1234-5678", "090-1234-5678"),
          List.of("formatPhoneNumber", "12345", "12345"));

  @Test
  void japaneseModuleWritesErasPostalCodesAndPhoneNumbersAsClerksReadThem() {
    Page page = chromium.newPage(1280);
    page.navigate(base);
    @SuppressWarnings("unchecked")
    List<String> actual =
        (List<String>)
            page.evaluate(
                "async (cases) => { const m = await import(new URL('assets/japanese.js',"
                    + " location.href).href); return cases.map(([f, arg]) => m[f](arg)); }",
                CASES);
    List<String> expected = CASES.stream().map(c -> c.get(2)).toList();
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < CASES.size(); i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        mismatches.add(CASES.get(i) + " gave " + actual.get(i));
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void detailQueueHistoryAndAccessLogReadInJapaneseWithAttachmentsBySubmission() {
    WorkflowIT.Submitted s = WorkflowIT.submit("CC-01");
    assertThat(s.step(CLERK, "START_REVIEW", null).status()).isEqualTo(200);
    assertThat(s.step(CLERK, "REQUEST_CORRECTION", "児童の生年月日を確認してください").status()).isEqualTo(200);
    resubmitWithNewBirthDateAndPhone(s);

    Page clerk = chromium.newPage(1280);
    logIn(clerk, base, "clerk", "clerk-demo", "受付キュー");
    assertThat(clerk.locator("#who-name")).hasText("clerk（職員）");
    queueShowsEraDates(clerk, s.receipt());
    chromium.screenshot(clerk, "50-queue-japanese-1280");

    clerk.navigate(base + "#/applications/" + s.id());
    assertThat(clerk.locator("#detail-status")).hasText("審査中");
    detailReadsInJapanese(clerk);
    chromium.screenshot(clerk, "51-detail-japanese-1280");

    Page tablet = chromium.newPage(768);
    logIn(tablet, base, "clerk", "clerk-demo", "受付キュー");
    queueShowsEraDates(tablet, s.receipt());
    chromium.screenshot(tablet, "51-queue-japanese-768");
    tablet.navigate(base + "#/applications/" + s.id());
    assertThat(tablet.locator("#detail-status")).hasText("審査中");
    chromium.screenshot(tablet, "52-detail-japanese-768");

    Page auditor = chromium.newPage(1280);
    logIn(auditor, base, "auditor", "auditor-demo", "アクセスログ");
    assertThat(auditor.locator("#who-name")).hasText("auditor（監査担当）");
    accessLogReadsInJapanese(auditor, s.receipt());
    chromium.screenshot(auditor, "53-audit-japanese-1280");
  }

  @Test
  void portalErrorSummaryCountsTheErrorsInJapaneseOnly() {
    Page page = chromium.newPage(1280);
    page.navigate(base + "portal.html?procedure=CC-01");
    page.locator("#submit-application").click();
    Locator summary = page.locator("#submit-result .notice.error");
    assertThat(summary).containsText("入力内容に誤りがあります");
    assertThat(summary).containsText("件の誤りがあります。");
    assertThat(summary).containsText("申請者 › ");
    assertThat(summary).not().containsText("errors");
    assertThat(summary.locator("p")).hasCount(1);
    chromium.screenshot(page, "54-portal-error-summary");
  }

  private static void resubmitWithNewBirthDateAndPhone(WorkflowIT.Submitted s) {
    ObjectNode body = s.application().applicant("phone", "03-1234-5678").json();
    ((ObjectNode) body.get("form").get("children").get(0)).put("birthDate", "2021-05-11");
    Reply resubmitted =
        Api.portal().postJson("/api/v1/applications/" + s.receipt() + "/resubmission", body);
    assertThat(resubmitted.status()).as(resubmitted.text()).isEqualTo(200);
    List<Integer> revisions = new ArrayList<>();
    CLERK
        .get("/api/v1/intake/" + s.id())
        .json()
        .get("attachments")
        .forEach(a -> revisions.add(a.get("revision").asInt()));
    assertThat(revisions).containsExactly(1, 2);
  }

  private static void queueShowsEraDates(Page page, String receipt) {
    page.locator("#filter-q").fill(receipt);
    page.locator("#filter-q").press("Enter");
    Locator row =
        page.locator("#queue-table tbody tr")
            .filter(new Locator.FilterOptions().setHasText(receipt));
    assertThat(row).hasCount(1);
    assertThat(row).containsText(Pattern.compile("令和\\d+年\\d+月\\d+日 \\d{2}:\\d{2}"));
    assertThat(row).containsText(Pattern.compile("令和\\d+年\\d+月\\d+日（\\d{4}-\\d{2}-\\d{2}）"));
  }

  private static void detailReadsInJapanese(Page page) {
    Locator main = page.locator("main");
    assertThat(main).containsText("昭和63年6月15日（1988-06-15）");
    assertThat(main).containsText("令和7年4月1日（2025-04-01）");
    assertThat(main).containsText("100-0001");
    assertThat(main).containsText("03-1234-5678");
    assertThat(main).containsText(Pattern.compile("処理期限: 令和\\d+年"));
    assertThat(page.locator("#history-table"))
        .containsText("児童 1人目 › 生年月日: 令和3年5月10日（2021-05-10） → 令和3年5月11日（2021-05-11）");
    assertThat(page.locator("#history-table"))
        .containsText("申請者 › 電話番号: 090-1234-5678 → 03-1234-5678");

    Locator groups = page.locator(".attachment-group h4");
    assertThat(groups).hasText(new String[] {"初回の添付（1件）", "再提出1の添付（1件）"});
    String visible = main.innerText();
    assertThat(visible)
        .contains("PDF")
        .doesNotContain("application/pdf")
        .doesNotContain("SHA-256")
        .doesNotContain("更新版数")
        .doesNotContain("form.")
        .doesNotContain("applicant.");

    Locator technical = page.locator("#detail-technical");
    technical.getByText("詳細").click();
    assertThat(technical).containsText("更新版数");
    page.locator(".attachment-group details summary").first().click();
    assertThat(page.locator(".attachment-group details").first()).containsText("原本SHA-256");
  }

  private static void accessLogReadsInJapanese(Page page, String receipt) {
    page.getByLabel("対象（受付番号など）").fill(receipt);
    page.locator("form[role=search]")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("検索").setExact(true))
        .click();
    Locator table = page.locator("#audit-table");
    assertThat(table).containsText("補正依頼（補正依頼中へ）");
    assertThat(table).containsText("提出: 第2版　変更項目: 2件");
    assertThat(table.locator("tbody tr").first())
        .containsText(Pattern.compile("令和\\d+年\\d+月\\d+日 \\d{2}:\\d{2}:\\d{2}"));
    String visible = table.innerText();
    assertThat(visible)
        .doesNotContain("->")
        .doesNotContain("revision=")
        .doesNotContain("APPLICATION_");
  }
}
