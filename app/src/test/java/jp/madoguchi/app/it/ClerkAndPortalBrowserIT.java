package jp.madoguchi.app.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole flow in a real browser: a resident applies on the 検証用ポータル, a clerk requests a
 * correction, the resident resubmits, the clerk accepts, confirms the manual entry (DIS-01 is
 * MANUAL in demo mode) and completes, the resident sees 完了.
 */
class ClerkAndPortalBrowserIT {

  @RegisterExtension static final HeadlessChromium chromium = new HeadlessChromium();
  private final String base = MadoguchiServer.get().uri("/").toString();

  @Test
  void residentAppliesClerkRequestsCorrectionResidentResubmitsClerkAcceptsAndCompletes()
      throws IOException {
    Page resident = chromium.newPage(1280);
    String receipt = applyForDisasterCertificate(resident);

    Page clerk = chromium.newPage(1280);
    logInAsClerk(clerk);
    openFromQueue(clerk, receipt);
    act(clerk, "着手", null, "審査中");
    act(clerk, "補正依頼", "被害の状況に浸水の深さを記入してください", "補正依頼中");
    chromium.screenshot(clerk, "07-detail-correction-requested");

    resident.navigate(base + "portal-status.html?receipt=" + receipt);
    assertThat(resident.locator("#portal-status")).hasText("要訂正");
    assertThat(resident.locator("#portal-message")).containsText("浸水の深さ");
    chromium.screenshot(resident, "08-portal-status-correction");
    resident.locator("[name='form.damageDescription']").fill("1階居室が床上50cmまで浸水し、床材と壁紙が損傷した。");
    resident.locator("#resubmit").click();
    assertThat(resident.locator("#resubmitted")).isVisible();
    assertThat(resident.locator("#portal-status")).hasText("処理中");

    clerk.reload();
    assertThat(clerk.locator("#detail-status")).hasText("審査中");
    assertThat(clerk.locator("#history-table")).containsText("床上50cm");
    act(clerk, "受理", null, "受理");
    gradeDamage(clerk);
    enterManually(clerk, receipt);
    act(clerk, "完了", null, "完了");
    chromium.screenshot(clerk, "09-detail-completed");

    resident.navigate(base + "portal-status.html?receipt=" + receipt);
    assertThat(resident.locator("#portal-status")).hasText("完了");
    chromium.screenshot(resident, "10-portal-status-completed");

    Page tablet = chromium.newPage(800);
    logInAsClerk(tablet);
    chromium.screenshot(tablet, "11-queue-tablet");
  }

  private String applyForDisasterCertificate(Page page) throws IOException {
    page.navigate(base + "portal.html");
    assertThat(page.getByText("検証用ポータル（テスト用）").first()).isVisible();
    chromium.screenshot(page, "01-portal-procedures");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("DIS-01")).click();

    page.getByLabel("氏名").first().fill("渡辺　浩二");
    page.getByLabel("氏名カナ").first().fill("ワタナベ　コウジ");
    PortalDates.enter(page, "applicant.birthDate", "昭和", 45, 9, 9);
    page.locator("[name='applicant.sex']").selectOption("男");
    page.getByLabel("郵便番号").fill("380-0001");
    page.locator("[name='applicant.address']").fill("長野県長野市大字長野1-1");
    page.getByLabel("電話番号").fill("026-123-4567");
    page.locator("[name='applicant.myNumber']").fill("123456789018");
    page.locator("[name='applicant.relationship']").selectOption("本人");
    PortalDates.enter(page, "form.disasterDate", "令和", 7, 9, 1);
    page.getByLabel("被害の原因").selectOption("水害");
    page.getByLabel("被災住家の所在地").fill("長野県長野市大字長野1-1");
    page.getByLabel("住家の所有関係").selectOption("持家");
    page.getByLabel("必要枚数").fill("2");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("世帯員を追加")).click();
    page.locator("[name='form.household[0].name']").fill("渡辺　由美");
    page.locator("[name='form.household[0].nameKana']").fill("ワタナベ　ユミ");
    PortalDates.enter(page, "form.household[0].birthDate", "西暦", 1972, 1, 15);
    page.locator("[name='form.household[0].relationship']").fill("妻");
    page.locator("[name='attachments.damagePhoto']")
        .setInputFiles(new FilePayload("shinsui.png", "image/png", photo()));

    page.locator("#submit-application").click();
    Locator missing = page.locator("#f-form_damageDescription-error");
    assertThat(missing).containsText("被害の状況");
    chromium.screenshot(page, "02-portal-validation-errors");

    page.getByLabel("被害の状況").fill("1階居室が床上浸水し、床材と壁紙が損傷した。");
    page.locator("#submit-application").click();
    assertThat(page.locator("#receipt-number")).isVisible();
    chromium.screenshot(page, "03-portal-submitted");
    return page.locator("#receipt-number").textContent();
  }

  private void logInAsClerk(Page page) {
    page.navigate(base);
    page.getByLabel("ユーザー名").fill("clerk");
    page.getByLabel("パスワード").fill("wrong-password");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログイン")).click();
    assertThat(page.locator("#login-error")).containsText("ユーザー名またはパスワードが正しくありません");
    chromium.screenshot(page, "04-login-failed");
    page.getByLabel("パスワード").fill("clerk-demo");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログイン")).click();
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("受付キュー")))
        .isVisible();
  }

  private void openFromQueue(Page page, String receipt) {
    chromium.screenshot(page, "05-queue");
    page.getByLabel("検索（受付番号・氏名・カナ）").fill(receipt);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("検索").setExact(true))
        .click();
    Locator rows = page.locator("#queue-table tbody tr");
    assertThat(rows).hasCount(1);
    rows.getByRole(AriaRole.LINK).click();
    assertThat(page.locator("#detail-status")).hasText("受付");
    assertThat(page.locator("main")).containsText("********9018");
    assertThat(page.locator("main")).containsText("床上浸水");
    chromium.screenshot(page, "06-detail");
  }

  /** Clicks a workflow button, confirms (with a reason when given) and waits for the new state. */
  private void act(Page page, String action, String reason, String expectedStatus) {
    page.locator(".actions-bar")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(action).setExact(true))
        .click();
    Locator dialog = page.locator("#confirm-dialog");
    assertThat(dialog).isVisible();
    if (reason != null) {
      dialog
          .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(action + "する"))
          .click();
      assertThat(page.locator("#reason-error")).hasText("理由を入力してください");
      dialog.getByLabel("理由（必須）").fill(reason);
      chromium.screenshot(page, "07-reason-dialog");
    }
    dialog
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(action + "する"))
        .click();
    assertThat(page.locator("#detail-status")).hasText(expectedStatus);
  }

  /** DIS-01 is MANUAL in demo mode: the clerk confirms the manual entry, then it is 基幹連携済. */
  /** 被害の程度: a 損害割合 outside the grade's range is refused and named; a matching one is set. */
  private void gradeDamage(Page page) {
    page.locator("#damage-grade").selectOption("HANKAI");
    page.locator("#damage-ratio").fill("35");
    page.locator("#damage-grade-form button[type=submit]").click();
    assertThat(page.locator(".damage-grade .notice.error")).containsText("20%以上30%未満");
    page.locator("#damage-ratio").fill("25.5");
    page.locator("#damage-grade-form button[type=submit]").click();
    assertThat(page.locator("#damage-grade-current")).containsText("半壊（損害割合 25.5%）");
    assertThat(page.locator("#history-table")).containsText("被害の程度を設定: 半壊（損害割合 25.5%）");
    chromium.screenshot(page, "07b-detail-damage-grade");
  }

  private void enterManually(Page page, String receipt) {
    String detail = page.url();
    page.locator("#nav")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("手入力（転記）一覧"))
        .click();
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("手入力（転記）一覧")))
        .isVisible();
    Locator row =
        page.locator("#manual-table tbody tr")
            .filter(new Locator.FilterOptions().setHasText(receipt));
    row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("入力済みにする")).click();
    Locator dialog = page.locator("#confirm-dialog");
    dialog.getByLabel("基幹システムの受付番号（必須）").fill("KIKAN-0042");
    dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("入力済みにする")).click();
    assertThat(page.locator("#manual-message")).containsText("入力済みにしました");
    page.navigate(detail);
    assertThat(page.locator("#detail-status")).hasText("基幹連携済");
  }

  private static byte[] photo() throws IOException {
    BufferedImage image = new BufferedImage(160, 100, BufferedImage.TYPE_INT_RGB);
    var graphics = image.createGraphics();
    graphics.setColor(new Color(70, 130, 180));
    graphics.fillRect(0, 0, 160, 100);
    graphics.dispose();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    return png.toByteArray();
  }
}
