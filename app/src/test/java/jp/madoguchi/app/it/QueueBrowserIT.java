package jp.madoguchi.app.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.madoguchi.app.it.Api.Reply;
import jp.madoguchi.app.it.WorkflowIT.Submitted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The clerk's queue and actions in a real browser (issue 18): the name typed without its space
 * finds the application, 着手 makes the clerk 担当, a step refused because the application changed
 * reloads the page and says what changed, and 完了 is offered only once the application is 基幹連携済
 * (DIS-01 is MANUAL in demo mode: the clerk's 転記済 links it).
 */
class QueueBrowserIT {

  @RegisterExtension static final HeadlessChromium chromium = new HeadlessChromium();
  private static final Api SUPERVISOR = Api.as("supervisor", "supervisor-demo");
  private final String base = MadoguchiServer.get().uri("/").toString();

  @Test
  void clerkFindsTheNameTypedWithoutSpaceTakesItOnAndCompletesOnlyOnceLinked() {
    ApplicationJson application =
        ApplicationJson.valid("DIS-01").applicant("name", "山田　太郎").applicant("nameKana", "ヤマダ　タロウ");
    Reply submitted = Api.portal().postJson("/api/v1/applications", application.json());
    org.assertj.core.api.Assertions.assertThat(submitted.status()).isEqualTo(201);
    Submitted s = new Submitted(application, submitted.json().get("id").asText());

    Page clerk = chromium.newPage(1280);
    StaffScreens.logIn(clerk, base, "clerk", "clerk-demo", "受付キュー");
    assertThat(clerk.locator("#view-open")).hasAttribute("aria-pressed", "true");
    assertThat(clerk.locator("#queue-total")).containsText("全");
    assertThat(clerk.locator(".chips")).containsText("完了");
    assertThat(clerk.locator(".chips")).containsText("受付エラー");

    clerk.locator("#filter-procedure").selectOption("DIS-01");
    clerk.locator("#filter-q").fill("山田太郎");
    clerk
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("検索").setExact(true))
        .click();
    Locator row =
        clerk
            .locator("#queue-table tbody tr")
            .filter(new Locator.FilterOptions().setHasText(s.receipt()));
    assertThat(row).hasCount(1);
    assertThat(row).containsText("山田　太郎");
    chromium.screenshot(clerk, "queue-search-without-space");
    row.getByRole(AriaRole.LINK).click();
    assertThat(clerk.locator("#detail-status")).hasText("受付");
    assertThat(StaffScreens.actionButton(clerk, "完了")).hasCount(0);

    StaffScreens.act(clerk, "着手", "審査中");
    assertThat(clerk.locator("main")).containsText("担当: clerk");

    // meanwhile a supervisor asks for a correction: the clerk's 受理 is refused, the page says so
    org.assertj.core.api.Assertions.assertThat(
            s.step(SUPERVISOR, "REQUEST_CORRECTION", "写真を追加してください").status())
        .isEqualTo(200);
    StaffScreens.actionButton(clerk, "受理").click();
    clerk
        .locator("#confirm-dialog")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("受理する"))
        .click();
    assertThat(clerk.locator("#conflict-note"))
        .hasText("状態が 審査中 → 補正依頼中 に変わりました（supervisor）。最新の内容を表示しています。");
    assertThat(clerk.locator("#detail-status")).hasText("補正依頼中");
    assertThat(StaffScreens.actionButton(clerk, "受理")).hasCount(0);
    chromium.screenshot(clerk, "detail-conflict-reloaded");

    Reply resubmitted =
        Api.portal()
            .postJson(
                "/api/v1/applications/" + s.receipt() + "/resubmission",
                application.applicant("phone", "026-123-9999").json());
    org.assertj.core.api.Assertions.assertThat(resubmitted.status())
        .as(resubmitted.text())
        .isEqualTo(200);
    clerk.reload();
    assertThat(clerk.locator("#detail-status")).hasText("審査中");

    StaffScreens.act(clerk, "受理", "受理");
    assertThat(StaffScreens.actionButton(clerk, "完了")).hasCount(0);
    assertThat(clerk.locator("#linkage-progress")).containsText("1件中0件 連携済");
    chromium.screenshot(clerk, "detail-accepted-linkage-pending");

    Linkage.confirmManualEntry(s.id(), "KIKAN-1818");
    clerk.reload();
    assertThat(clerk.locator("#detail-status")).hasText("基幹連携済");
    assertThat(clerk.locator("#linkage-progress")).containsText("完了にできます");
    StaffScreens.act(clerk, "完了", "完了");
    assertThat(clerk.locator(".notice.error")).hasCount(0);
    assertThat(clerk.locator("#detail-message")).containsText("完了しました。");

    Page tablet = chromium.newPage(768);
    StaffScreens.logIn(tablet, base, "clerk", "clerk-demo", "受付キュー");
    chromium.screenshot(tablet, "queue-open-work-768");
  }
}
