package jp.madoguchi.app.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.madoguchi.app.it.StaffScreens.nav;
import static jp.madoguchi.app.it.StaffScreens.open;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The operations screens in a real browser: a clerk works the 手入力一覧 for an accepted DIS-01
 * application (MANUAL in demo mode) until it is 基幹連携済; IT staff open 連携設定 (edit, テスト, history) and
 * 連携状況; the auditor finds the application in the access log and verifies it.
 */
class OperationsScreensBrowserIT {

  @RegisterExtension static final HeadlessChromium chromium = new HeadlessChromium();
  private final String base = MadoguchiServer.get().uri("/").toString();

  @Test
  void clerkEntersManuallyItAdminChecksLinkageAuditorVerifiesTheLog() {
    WorkflowIT.Submitted accepted = Linkage.accepted("DIS-01");
    String receipt = accepted.receipt();

    Page clerk = chromium.newPage(1280);
    logIn(clerk, "clerk", "clerk-demo", "受付キュー");
    assertThat(nav(clerk, "連携設定")).isHidden();
    assertThat(nav(clerk, "アクセスログ")).isHidden();
    markEnteredManually(clerk, receipt);
    clerk.navigate(base + "#/applications/" + accepted.id());
    assertThat(clerk.locator("#detail-status")).hasText("基幹連携済");
    chromium.screenshot(clerk, "23-detail-linked");

    Page admin = chromium.newPage(1280);
    logIn(admin, "itadmin", "itadmin-demo", "連携設定");
    assertThat(nav(admin, "受付キュー")).isHidden();
    assertThat(nav(admin, "手入力（転記）一覧")).isHidden();
    chromium.screenshot(admin, "30-linkage-routes");
    editRoute(admin);
    deliveries(admin, receipt);

    Page auditor = chromium.newPage(1280);
    logIn(auditor, "auditor", "auditor-demo", "アクセスログ");
    assertThat(nav(auditor, "連携状況")).isHidden();
    auditor.getByLabel("対象（受付番号など）").fill(receipt);
    auditor
        .locator("form[role=search]")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("検索").setExact(true))
        .click();
    Locator rows = auditor.locator("#audit-table tbody tr");
    assertThat(rows.first()).containsText(receipt);
    assertThat(auditor.locator("#audit-table")).containsText("状態の変更");
    assertThat(auditor.locator("#audit-table")).containsText("手入力の完了");
    assertThat(auditor.locator("#audit-table")).containsText("基幹側の番号: ");
    auditor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("改ざん検証")).click();
    assertThat(auditor.locator("#audit-verify")).containsText("正常");
    chromium.screenshot(auditor, "40-audit-log");

    Page tablet = chromium.newPage(800);
    logIn(tablet, "itadmin", "itadmin-demo", "連携設定");
    open(tablet, "連携状況");
    assertThat(tablet.locator("#deliveries-table")).isVisible();
    chromium.screenshot(tablet, "33-deliveries-tablet");
  }

  @Test
  void linkageStatusPagesPastTheFirstHundredWithTheTotal() {
    String procedure = "CC-10";
    int total = deliveryCount(procedure);
    for (; total <= 100; total++) {
      Linkage.accepted(procedure);
    }
    Page admin = chromium.newPage(1280);
    logIn(admin, "itadmin", "itadmin-demo", "連携設定");
    open(admin, "連携状況");
    admin.getByLabel("手続").selectOption(procedure);
    admin
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("表示").setExact(true))
        .click();
    Locator paging = admin.locator("#deliveries-paging");
    assertThat(paging).containsText("1〜100件目");
    assertThat(paging).containsText("全" + deliveryCount(procedure) + "件中");
    assertThat(admin.locator("#deliveries-table tbody tr")).hasCount(100);
    paging.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("次へ")).click();
    assertThat(paging).containsText("101〜");
    assertThat(admin.locator("#deliveries-table tbody tr").first()).containsText(procedure);
    paging.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("前へ")).click();
    assertThat(paging).containsText("1〜100件目");
  }

  private static int deliveryCount(String procedure) {
    Api.Reply reply =
        Linkage.IT_ADMIN.get("/api/v1/admin/deliveries?procedure=" + procedure + "&limit=1");
    return Integer.parseInt(reply.header("X-Total-Count"));
  }

  private void markEnteredManually(Page page, String receipt) {
    open(page, "手入力（転記）一覧");
    page.getByLabel("手続").selectOption("DIS-01");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("表示").setExact(true))
        .click();
    Locator row =
        page.locator("#manual-table tbody tr")
            .filter(new Locator.FilterOptions().setHasText(receipt));
    assertThat(row).hasCount(1);
    chromium.screenshot(page, "20-manual-entries");

    row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("転記票（PDF）")).click();
    assertThat(page.locator("#sheet-preview iframe"))
        .hasAttribute("src", Pattern.compile("^blob:"));
    assertThat(page.locator("#sheet-link")).hasAttribute("href", Pattern.compile("^blob:"));

    row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("入力済みにする")).click();
    Locator dialog = page.locator("#confirm-dialog");
    assertThat(dialog).isVisible();
    Locator ok =
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("入力済みにする"));
    ok.click();
    assertThat(page.locator("#value-error")).hasText("基幹システムの受付番号を入力してください");
    dialog.getByLabel("基幹システムの受付番号（必須）").fill("KIKAN-2025-000123");
    chromium.screenshot(page, "21-manual-entry-dialog");
    ok.click();
    assertThat(page.locator("#manual-message")).containsText("入力済みにしました");
    assertThat(row).hasCount(0);
    chromium.screenshot(page, "22-manual-entry-done");
  }

  private void editRoute(Page page) {
    page.locator("#routes-table")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("DIS-01").setExact(true))
        .click();
    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("JSON（上級者向け）")).click();
    Locator editor = page.getByLabel("設定（JSON）");
    assertThat(editor).hasValue(Pattern.compile("\"MANUAL\""));
    String original = editor.inputValue();
    Locator history = page.locator("#route-history > li");
    int versions = history.count();

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("テスト").setExact(true))
        .click();
    assertThat(page.locator("#test-result")).containsText("転記票の項目の順序");

    editor.fill(
        "{\"pattern\": \"FILE_EXPORT\", \"enabled\": true, \"file\": {\"encoding\": \"EBCDIC\"}}");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
    assertThat(page.locator("#route-message .field-errors")).containsText("file.encoding");
    assertThat(editor).hasAttribute("aria-invalid", "true");
    chromium.screenshot(page, "31-route-invalid");

    editor.fill(original);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
    assertThat(page.locator("#route-message")).containsText("保存しました");
    assertThat(history).hasCount(versions + 1);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("テスト").setExact(true))
        .click();
    assertThat(page.locator("#test-field-order li").first()).containsText("申請者 › 氏名");
    chromium.screenshot(page, "32-route-tested");
  }

  private void deliveries(Page page, String receipt) {
    open(page, "連携状況");
    page.getByLabel("手続").selectOption("DIS-01");
    page.getByLabel("状態").selectOption("DELIVERED");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("表示").setExact(true))
        .click();
    Locator row =
        page.locator("#deliveries-table tbody tr")
            .filter(new Locator.FilterOptions().setHasText(receipt));
    assertThat(row).containsText("連携済");
    assertThat(row).containsText("KIKAN-2025-000123");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("停止中をすべて再送")).click();
    Locator dialog = page.locator("#confirm-dialog");
    assertThat(dialog).containsText("DIS-01");
    chromium.screenshot(page, "34-deliveries-retry-dialog");
    dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("再送する")).click();
    assertThat(page.locator("#deliveries-message")).containsText("件を再送しました");
    chromium.screenshot(page, "33-deliveries");
  }

  private void logIn(Page page, String user, String password, String firstScreen) {
    StaffScreens.logIn(page, base, user, password, firstScreen);
  }
}
