package jp.madoguchi.app.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 連携設定 as a form: IT staff change a route with the form alone (a column added from the definition's
 * labelled fields and moved up, another 文字コード and 日付表記), see 422 errors next to their fields and in
 * a summary that links to them, and save a new route version that the API then shows. The route is
 * a second, disabled BATCH route of CC-02 of its own, so no other test's deliveries change.
 */
class RouteFormBrowserIT {

  @RegisterExtension static final HeadlessChromium chromium = new HeadlessChromium();
  private static final String ROUTE = "form-test";
  private static final String ROUTE_PATH = "CC-02?route=" + ROUTE;
  private final String base = MadoguchiServer.get().uri("/").toString();

  @BeforeAll
  static void aDisabledBatchRoute() {
    ObjectNode route = Api.JSON.createObjectNode();
    route.put("pattern", "BATCH").put("enabled", false);
    ObjectNode file = route.putObject("file").put("encoding", "CP932").put("header", true);
    file.putArray("columns")
        .add(column("受付番号", "receiptNumber"))
        .add(column("氏名", "applicant.name"));
    Api.Reply created = Linkage.putRoute(ROUTE_PATH, route);
    assertThat(created.status()).as(created.text()).isEqualTo(200);
  }

  @Test
  void itAdminChangesARouteWithTheFormAndSeesErrorsNextToTheFields() {
    Page page = chromium.newPage(1280);
    openRoute(page);
    assertThat(page.getByLabel("連携方式")).hasValue("BATCH");
    assertThat(page.getByLabel("列 2 の取得元")).hasValue("applicant.name");
    assertThat(page.locator("#rf-columns")).not().containsText("applicant.");
    assertThat(page.getByLabel("個人番号を連携する")).not().isChecked();

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("列を追加")).click();
    Locator source = page.getByLabel("列 3 の取得元");
    assertThat(source).isFocused();
    source.selectOption(new SelectOption().setLabel("事由発生日"));
    assertThat(page.getByLabel("列 3 の列名")).hasValue("事由発生日");
    assertThat(page.getByLabel("列 3 の変換")).hasValue("DATE");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("列 3 を上へ")).click();
    assertThat(page.getByLabel("列 2 の取得元")).hasValue("form.reasonDate");
    assertThat(page.getByLabel("列 3 の取得元")).hasValue("applicant.name");
    page.getByLabel("文字コード").selectOption("UTF-8");
    page.getByLabel("日付表記").selectOption("WAREKI");

    page.getByLabel("形式").selectOption("FIXED");
    page.getByLabel("最大試行回数").fill("0");
    save(page);
    Locator summary = page.locator("#route-message .error-summary");
    assertThat(summary).containsText("入力内容に誤りがあります（4件）");
    assertThat(summary).not().containsText("retry.");
    assertThat(page.locator("#rf-retry-maxAttempts-error")).hasText("最大試行回数は1〜100で指定してください");
    assertThat(page.getByLabel("最大試行回数")).hasAttribute("aria-invalid", "true");
    assertThat(page.locator("#rf-col-1-width-error")).containsText("固定長形式では列の桁数");
    chromium.screenshot(page, "50-route-form-errors");
    summary
        .getByRole(
            AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^最大試行回数：")))
        .click();
    assertThat(page.getByLabel("最大試行回数")).isFocused();
    assertThat(page).hasURL(Pattern.compile("#/linkage-routes/CC-02/" + ROUTE + "$"));

    page.getByLabel("形式").selectOption("CSV");
    page.getByLabel("最大試行回数").fill("5");
    jsonTabShowsTheSameDraft(page);
    save(page);
    assertThat(page.locator("#route-message")).containsText("保存しました（第2版）");
    chromium.screenshot(page, "51-route-form-saved");

    JsonNode saved = Linkage.IT_ADMIN.get("/api/v1/admin/linkage-routes/" + ROUTE_PATH).json();
    assertThat(saved.get("version").asInt()).isEqualTo(2);
    assertThat(saved.at("/file/encoding").asText()).isEqualTo("UTF-8");
    assertThat(saved.at("/file/dateStyle").asText()).isEqualTo("WAREKI");
    assertThat(saved.at("/file/format").asText()).isEqualTo("CSV");
    assertThat(saved.at("/retry/maxAttempts").asInt()).isEqualTo(5);
    assertThat(saved.get("enabled").asBoolean()).isFalse();
    assertThat(saved.get("myNumberUse").asBoolean()).as("CC-02 is 個人番号利用事務").isTrue();
    assertThat(sources(saved))
        .containsExactly("receiptNumber", "form.reasonDate", "applicant.name");
    assertThat(saved.at("/file/columns/1/name").asText()).isEqualTo("事由発生日");
    assertThat(saved.at("/file/columns/1/kind").asText()).isEqualTo("DATE");

    page.getByLabel("連携方式").selectOption("DIRECT_API");
    page.getByLabel("API先（URL）").fill("ftp://core.example.jp/in");
    save(page);
    assertThat(page.locator("#rf-api-url-error")).hasText("URLは http または https で指定してください");
    page.getByLabel("連携方式").selectOption("BATCH");
    assertThat(page.getByLabel("列 2 の取得元")).hasValue("form.reasonDate");

    test(page);
    assertThat(page.locator("#test-columns li"))
        .hasText(new String[] {"受付番号：受付番号", "事由発生日：事由発生日", "氏名：申請者 › 氏名"});
    page.getByLabel("連携方式").selectOption("MANUAL");
    test(page);
    Locator order = page.locator("#test-field-order li");
    assertThat(order).hasText(new String[] {"事由発生日", "申請者 › 氏名"});
    assertThat(page.locator("#test-result")).not().containsText("form.");
  }

  @Test
  void theFormReadsAt768Pixels() {
    Page page = chromium.newPage(768);
    openRoute(page);
    assertThat(page.getByLabel("文字コード")).isVisible();
    Locator save = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存"));
    assertThat(save.boundingBox().height).isGreaterThanOrEqualTo(44);
    assertThat(page.getByLabel("列 1 の取得元").boundingBox().height).isGreaterThanOrEqualTo(44);
    chromium.screenshot(page, "52-route-form-768");
  }

  private void jsonTabShowsTheSameDraft(Page page) {
    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("JSON（上級者向け）")).click();
    Locator json = page.getByLabel("設定（JSON）");
    assertThat(json).hasValue(Pattern.compile("\"encoding\": \"UTF-8\""));
    assertThat(json).hasValue(Pattern.compile("\"maxAttempts\": 5"));
    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("入力フォーム")).click();
    assertThat(page.getByLabel("文字コード")).hasValue("UTF-8");
  }

  private void openRoute(Page page) {
    StaffScreens.logIn(page, base, "itadmin", "itadmin-demo", "連携設定");
    page.locator("#routes-table tr")
        .filter(new Locator.FilterOptions().setHasText(ROUTE))
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("CC-02").setExact(true))
        .click();
    assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("入力フォーム")))
        .hasAttribute("aria-selected", "true");
  }

  private static void save(Page page) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
  }

  private static void test(Page page) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("テスト").setExact(true))
        .click();
  }

  private static ObjectNode column(String name, String source) {
    return Api.JSON.createObjectNode().put("name", name).put("source", source);
  }

  private static List<String> sources(JsonNode route) {
    return StreamSupport.stream(route.at("/file/columns").spliterator(), false)
        .map(c -> c.get("source").asText())
        .toList();
  }
}
