package jp.madoguchi.app.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.madoguchi.app.it.StaffScreens.logIn;
import static jp.madoguchi.app.it.StaffScreens.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.app.it.Api.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * axe-core on every screen (issue 18): the staff screens of each role (ログイン, 受付キュー, 詳細 with its 履歴,
 * 読取不能パッケージ, 手入力一覧, 連携設定 and one route, 番号紐付情報, 連携状況, アクセスログ) and the test portal (手続一覧, a form
 * with its error summary, 申請状況), at 1280 and 768 px: no serious or critical violation. A screenshot
 * of each screen at each width is saved as {@code a11y-<screen>-<width>}.
 */
class AccessibilityBrowserIT {

  @RegisterExtension static final HeadlessChromium chromium = new HeadlessChromium();
  private final String base = MadoguchiServer.get().uri("/").toString();
  private final List<String> violations = new ArrayList<>();

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {1280, 768})
  void clerkScreensHaveNoSeriousViolation(int width) {
    WorkflowIT.Submitted submitted = WorkflowIT.submit("CC-01");
    Page page = chromium.newPage(width);
    page.navigate(base);
    assertThat(page.getByLabel("ユーザー名")).isVisible();
    assertThat(Axe.version(page)).startsWith("4.");
    check(page, "login", width);
    logIn(page, base, "clerk", "clerk-demo", "受付キュー");
    check(page, "queue", width);
    page.navigate(base + "#/applications/" + submitted.id());
    assertThat(page.locator("#detail-status")).hasText("受付");
    StaffScreens.act(page, "着手", "審査中");
    assertThat(page.locator("#history-table")).isVisible();
    check(page, "detail", width);
    open(page, "読取不能パッケージ");
    check(page, "portal-refusals", width);
    open(page, "手入力（転記）一覧");
    check(page, "manual-entries", width);
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {1280, 768})
  void itAndAuditScreensHaveNoSeriousViolation(int width) {
    Page admin = chromium.newPage(width);
    logIn(admin, base, "itadmin", "itadmin-demo", "連携設定");
    check(admin, "linkage-routes", width);
    admin.locator("#routes-table tbody a").first().click();
    assertThat(admin.locator("main h2")).containsText("連携設定");
    admin.waitForLoadState();
    check(admin, "linkage-route", width);
    open(admin, "番号紐付情報");
    check(admin, "resident-certificates", width);
    open(admin, "連携状況");
    check(admin, "deliveries", width);

    Page auditor = chromium.newPage(width);
    logIn(auditor, base, "auditor", "auditor-demo", "アクセスログ");
    assertThat(auditor.locator("#audit-more")).isVisible();
    check(auditor, "audit", width);
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {1280, 768})
  void portalScreensHaveNoSeriousViolation(int width) {
    Page page = chromium.newPage(width);
    page.navigate(base + "portal.html");
    assertThat(page.locator("main h2")).containsText("申請する手続");
    check(page, "portal-procedures", width);
    page.navigate(base + "portal.html?procedure=CC-01");
    page.locator("#submit-application").click();
    assertThat(page.locator("#submit-result .error-summary")).isVisible();
    check(page, "portal-form-errors", width);

    ApplicationJson application = ApplicationJson.valid("CC-01");
    Reply submitted = Api.portal().postJson("/api/v1/applications", application.json());
    assertThat(submitted.status()).isEqualTo(201);
    page.navigate(base + "portal-status.html?receipt=" + application.receiptNumber());
    assertThat(page.locator("#portal-status")).isVisible();
    check(page, "portal-status", width);
    assertThat(violations).isEmpty();
  }

  @Test
  void axeReportsTheViolationsOfAPageThatHasThem() {
    Page page = chromium.newPage(1280);
    page.setContent(
        "<!DOCTYPE html><html lang=\"ja\"><body><main><img src=\"x.png\">"
            + "<button type=\"button\"></button></main></body></html>");
    assertThat(Axe.seriousViolations(page))
        .anySatisfy(v -> assertThat(v).startsWith("image-alt (critical)"))
        .anySatisfy(v -> assertThat(v).startsWith("button-name (critical)"));
  }

  private void check(Page page, String screen, int width) {
    chromium.screenshot(page, "a11y-" + screen + "-" + width);
    Axe.seriousViolations(page).forEach(v -> violations.add(screen + " " + width + " px: " + v));
  }
}
