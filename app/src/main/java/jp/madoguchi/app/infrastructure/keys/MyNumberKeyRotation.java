package jp.madoguchi.app.infrastructure.keys;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.function.IntSupplier;
import java.util.logging.Logger;
import jp.madoguchi.app.infrastructure.linkage.RouteSecretRotation;
import jp.madoguchi.app.infrastructure.security.StoredCipherTexts;

/**
 * At start-up, right after the migrations and before the service answers anyone: everything stored
 * under an earlier 個人番号 key (listed in {@code madoguchi.mynumber.previous-keys}) is encrypted again
 * with the current key, 200 rows per transaction. A value under a key that is neither current nor
 * listed stops the start ("no key configured for key id …"): the server could not read it.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MyNumberKeyRotation {

  private static final Logger LOG = Logger.getLogger(MyNumberKeyRotation.class.getName());
  private static final int BATCH = 200;

  @Inject StoredCipherTexts stored;
  @Inject RouteSecretRotation routeSecrets;

  @PostConstruct
  void rotate() {
    long applicants = drain(() -> stored.rewrapApplicants(BATCH));
    long formNumbers = drain(() -> stored.rewrapFormNumbers(BATCH));
    int routeVersions = routeSecrets.resealAll();
    if (applicants + formNumbers + routeVersions > 0) {
      LOG.info(
          () ->
              "個人番号の鍵の切替: 申請者 "
                  + applicants
                  + " 件、様式内 "
                  + formNumbers
                  + " 件、連携ルートの秘密情報 "
                  + routeVersions
                  + " 版を現在の鍵で暗号化し直しました");
    }
  }

  private static long drain(IntSupplier batch) {
    long total = 0;
    for (int done = batch.getAsInt(); done > 0; done = batch.getAsInt()) {
      total += done;
    }
    return total;
  }
}
