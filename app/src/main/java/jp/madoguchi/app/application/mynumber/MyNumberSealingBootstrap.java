package jp.madoguchi.app.application.mynumber;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * At start-up, right after the migrations: seals every application stored with 個人番号 in clear
 * (before V100), batch by batch, before the service answers anyone.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MyNumberSealingBootstrap {

  private static final Logger LOG = Logger.getLogger(MyNumberSealingBootstrap.class.getName());

  @Inject MyNumberSealing sealing;

  @PostConstruct
  void sealStoredApplications() {
    long total = 0;
    for (int sealed = sealing.sealBatch(); sealed > 0; sealed = sealing.sealBatch()) {
      total += sealed;
    }
    if (total > 0) {
      long count = total;
      LOG.info(() -> "個人番号の暗号化（V100以前の申請）: " + count + " 件を封印しました");
    }
  }
}
