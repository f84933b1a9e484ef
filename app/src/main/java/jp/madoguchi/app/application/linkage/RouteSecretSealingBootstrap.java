package jp.madoguchi.app.application.linkage;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import jp.madoguchi.app.domain.linkage.LinkageRoutes;

/**
 * At start-up, right after the migrations: seals the secret header values (and SFTP secrets) of
 * route versions saved before secrets were write-only, so none stays in clear in the database.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class RouteSecretSealingBootstrap {

  private static final Logger LOG = Logger.getLogger(RouteSecretSealingBootstrap.class.getName());

  @Inject LinkageRoutes routes;

  @PostConstruct
  void sealStoredSecrets() {
    int sealed = routes.sealClearSecrets();
    if (sealed > 0) {
      LOG.info(() -> "連携ルートの秘密の値を暗号化しました（" + sealed + " 版）");
    }
  }
}
