package jp.madoguchi.app.infrastructure.portal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.madoguchi.app.application.portal.PortalPackageIntake;
import jp.madoguchi.app.application.portal.PortalSettings;
import jp.madoguchi.integration.portal.PortalConnection;
import jp.madoguchi.integration.portal.PortalPullEngine;

/**
 * Starts the portal pull (when {@code madoguchi.portal.enabled} and a base URL are set) once the
 * schema is migrated, on the container's managed threads; stops it at shutdown.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PortalPullBootstrap {

  private static final Logger LOG = Logger.getLogger(PortalPullBootstrap.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject PortalSettings settings;
  @Inject PortalPackageIntake intake;
  @Inject PortalPullControl control;
  @Inject Clock clock;

  private PortalPullEngine engine;

  @PostConstruct
  void start() {
    if (!settings.enabled()) {
      LOG.info("ポータルからの取得は無効です（madoguchi.portal.enabled / base-url）");
      return;
    }
    PortalConnection connection =
        new PortalConnection(
            settings.baseUrl().orElseThrow(),
            settings.username(),
            settings.password(),
            settings.interval(),
            settings.maxBackoff(),
            settings.requestTimeout());
    engine = new PortalPullEngine(intake, threads, connection, true, clock);
    try {
      engine.start();
      control.track(engine);
      LOG.info(
          () ->
              "ポータルからの取得を開始しました（"
                  + connection.baseUrl()
                  + "、間隔 "
                  + connection.interval().toSeconds()
                  + " 秒）");
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "ポータルからの取得を開始できませんでした", e);
    }
  }

  @PreDestroy
  void stop() {
    if (engine != null) {
      engine.stop();
    }
  }
}
