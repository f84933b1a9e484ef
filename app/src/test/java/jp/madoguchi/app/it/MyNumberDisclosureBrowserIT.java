package jp.madoguchi.app.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 詳細 in a real browser: a clerk sees the spouse's 個人番号 masked with no way to reveal it; a
 * supervisor reveals exactly that field after stating the purpose.
 */
class MyNumberDisclosureBrowserIT {

  @RegisterExtension static final HeadlessChromium chromium = new HeadlessChromium();
  private final String base = MadoguchiServer.get().uri("/").toString();

  @Test
  void aClerkSeesTheSpousesNumberMaskedAndASupervisorRevealsItWithAPurpose() {
    MyNumberProtectionIT.Family f = MyNumberProtectionIT.submitFamily();

    Page clerk = chromium.newPage(1280);
    StaffScreens.logIn(clerk, base, "clerk", "clerk-demo", "受付キュー");
    clerk.navigate(base + "#/applications/" + f.id());
    assertThat(clerk.locator("main")).containsText(MyNumbers.masked(f.spouse()));
    assertThat(clerk.locator("main")).not().containsText(f.spouse());
    assertThat(clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("表示")))
        .hasCount(0);

    Page supervisor = chromium.newPage(1280);
    StaffScreens.logIn(supervisor, base, "supervisor", "supervisor-demo", "受付キュー");
    supervisor.navigate(base + "#/applications/" + f.id());
    Locator spouse =
        supervisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("配偶者 › 個人番号を表示"));
    spouse.click();
    Locator dialog = supervisor.locator("#confirm-dialog");
    assertThat(dialog).isVisible();
    dialog.getByLabel("理由（必須）").fill("配偶者の所得照会");
    chromium.screenshot(supervisor, "20-my-number-purpose");
    dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("表示する")).click();

    assertThat(supervisor.locator("main")).containsText(f.spouse());
    assertThat(supervisor.locator("main")).not().containsText(f.child());
    assertThat(supervisor.locator("main")).containsText(MyNumbers.masked(f.child()));
    chromium.screenshot(supervisor, "21-my-number-revealed");

    // the access log names the field by its label in the application's definition, not its path
    Page auditor = chromium.newPage(1280);
    StaffScreens.logIn(auditor, base, "auditor", "auditor-demo", "アクセスログ");
    auditor.getByLabel("対象（受付番号など）").fill(f.receipt());
    auditor
        .locator("form[role=search]")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("検索").setExact(true))
        .click();
    Locator rows = auditor.locator("#audit-table tbody tr");
    assertThat(rows.filter(new Locator.FilterOptions().setHasText("項目: 配偶者 › 個人番号"))).hasCount(1);
    assertThat(auditor.locator("#audit-table tbody")).not().containsText("form.spouse.myNumber");
    chromium.screenshot(auditor, "22-my-number-disclosure-logged");
  }
}
