package jp.madoguchi.app.application.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.madoguchi.portal.PackageLimits;
import jp.madoguchi.portal.PackageRefusedException;
import jp.madoguchi.portal.PortalPackage;
import jp.madoguchi.portal.PortalPackageReader;
import jp.madoguchi.portal.trust.TrustSettings;

/**
 * Reads and verifies packages against the configured trust anchors and CRL (read from their files
 * for every package, so a new CRL applies at once).
 */
@ApplicationScoped
public class PackageVerification {

  private static final Logger LOG = Logger.getLogger(PackageVerification.class.getName());

  @Inject PortalSettings settings;
  @Inject Clock clock;

  public PortalPackage read(byte[] zip) throws PackageRefusedException {
    return new PortalPackageReader(PackageLimits.DEFAULT, trust(), clock).read(zip);
  }

  private TrustSettings trust() {
    if (settings.trustAnchors().isEmpty()) {
      return new TrustSettings(List.of(), List.of());
    }
    try {
      return TrustSettings.load(settings.trustAnchors().get(), settings.crl().orElse(null));
    } catch (IOException | GeneralSecurityException e) {
      LOG.log(Level.SEVERE, "信頼する認証局または失効リストを読み込めません", e);
      return new TrustSettings(List.of(), List.of());
    }
  }
}
