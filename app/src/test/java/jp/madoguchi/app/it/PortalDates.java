package jp.madoguchi.app.it;

import com.microsoft.playwright.Page;

/**
 * The test portal's 年・月・日 entry of a date field: the 元号 (or 西暦) select and the 年, 月, 日 boxes of the
 * field at a path (applicant.birthDate, form.household[0].birthDate).
 */
final class PortalDates {

  private PortalDates() {}

  static void enter(Page page, String path, String era, int year, int month, int day) {
    String id = "#f-" + path.replaceAll("[^A-Za-z0-9_-]", "_");
    page.locator(id + "-era").selectOption(era);
    page.locator(id + "-year").fill(String.valueOf(year));
    page.locator(id + "-month").fill(String.valueOf(month));
    page.locator(id + "-day").fill(String.valueOf(day));
  }
}
