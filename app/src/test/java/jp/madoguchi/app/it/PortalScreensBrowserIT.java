package jp.madoguchi.app.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.madoguchi.app.it.StaffScreens.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.security.cert.X509Certificate;
import java.util.UUID;
import jp.madoguchi.portal.simulator.PackageKind;
import jp.madoguchi.portal.simulator.PackageMaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The portal-pull screens in a real browser: IT staff register a signer in 番号紐付情報, a poll brings a
 * good and an unreadable package, the clerk sees 電子署名 検証済み and the resident in the detail, and the
 * unreadable one with its reason in 読取不能パッケージ.
 */
class PortalScreensBrowserIT {

  private static final Api IT_ADMIN = Api.as("itadmin", "itadmin-demo");
  @RegisterExtension static final HeadlessChromium chromium = new HeadlessChromium();
  private final String base = MadoguchiServer.get().uri("/").toString();
  private final PackageMaker maker = new PackageMaker(TestPortal.get());

  @Test
  void itAdminRegistersTheSignerAndTheClerkSeesTheIdentifiedResidentAndTheRefusedPackage() {
    String good = "PB-" + UUID.randomUUID();
    String unreadable = "PB-" + UUID.randomUUID();
    String residentId = "R-B" + (System.nanoTime() % 1_000_000);
    X509Certificate certificate =
        maker.publish(PackageKind.GOOD, "CC-02", good).signer().certificate();
    maker.publish(PackageKind.XXE, "CC-01", unreadable);

    Page admin = chromium.newPage(1280);
    logIn(admin, "itadmin", "itadmin-demo", "連携設定");
    open(admin, "番号紐付情報");
    admin.getByLabel("発行者（DN）").fill(certificate.getIssuerX500Principal().getName());
    admin.getByLabel("シリアル番号（16進）").fill(certificate.getSerialNumber().toString(16));
    admin.getByLabel("住民ID").fill(residentId);
    admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登録・更新")).click();
    assertThat(admin.locator("#certificates-message")).containsText("登録しました");
    assertThat(admin.locator("#certificates-table")).containsText(residentId);
    chromium.screenshot(admin, "50-resident-certificates");

    JsonNode poll =
        IT_ADMIN.post("/api/v1/admin/portal/poll", "application/json", new byte[0]).json();
    assertThat(poll.path("succeeded").asBoolean()).isTrue();
    String id =
        Api.as("clerk", "clerk-demo")
            .get("/api/v1/intake?q=" + good)
            .json()
            .path("items")
            .path(0)
            .path("id")
            .asText();
    assertThat(id).isNotEmpty();

    Page clerk = chromium.newPage(1280);
    logIn(clerk, "clerk", "clerk-demo", "受付キュー");
    clerk.navigate(base + "#/applications/" + id);
    Locator signature = clerk.locator("#detail-signature");
    assertThat(signature).containsText("検証済み");
    assertThat(signature).containsText("特定済み");
    assertThat(signature).containsText(residentId);
    chromium.screenshot(clerk, "51-detail-signature");
    open(clerk, "読取不能パッケージ");
    Locator row =
        clerk.locator("#refusals-table tbody tr", new Page.LocatorOptions().setHasText(unreadable));
    assertThat(row).containsText(PackageKind.XXE.refusal().message());
    chromium.screenshot(clerk, "52-portal-refusals");
  }

  private void logIn(Page page, String user, String password, String firstScreen) {
    StaffScreens.logIn(page, base, user, password, firstScreen);
  }
}
