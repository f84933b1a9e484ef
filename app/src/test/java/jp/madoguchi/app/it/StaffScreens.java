package jp.madoguchi.app.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Steps the browser tests of the staff screens share: log in, open a screen from the menu. */
final class StaffScreens {

  private StaffScreens() {}

  /** Logs in on the staff page at {@code base} and waits for the first screen of the role. */
  static void logIn(Page page, String base, String user, String password, String firstScreen) {
    page.navigate(base);
    page.getByLabel("ユーザー名").fill(user);
    page.getByLabel("パスワード").fill(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログイン")).click();
    assertThat(heading(page, firstScreen)).isVisible();
  }

  /** Opens a screen from the navigation and waits for its heading. */
  static void open(Page page, String screen) {
    nav(page, screen).click();
    assertThat(heading(page, screen)).isVisible();
  }

  /**
   * Clicks a workflow step that needs no reason on the detail screen, confirms it and waits for
   * {@code expectedStatus}.
   */
  static void act(Page page, String action, String expectedStatus) {
    actionButton(page, action).click();
    Locator dialog = page.locator("#confirm-dialog");
    assertThat(dialog).isVisible();
    dialog
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(action + "する"))
        .click();
    assertThat(page.locator("#detail-status")).hasText(expectedStatus);
  }

  /** A button of the detail screen's 操作 bar. */
  static Locator actionButton(Page page, String action) {
    return page.locator(".actions-bar")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(action).setExact(true));
  }

  static Locator heading(Page page, String name) {
    return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
  }

  static Locator nav(Page page, String name) {
    return page.locator("#nav")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }
}
