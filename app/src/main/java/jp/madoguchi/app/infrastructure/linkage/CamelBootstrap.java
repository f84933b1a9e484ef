package jp.madoguchi.app.infrastructure.linkage;

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
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.madoguchi.app.application.linkage.LinkageSettings;
import jp.madoguchi.app.application.portal.PortalPackageIntake;
import jp.madoguchi.app.application.portal.PortalSettings;
import jp.madoguchi.app.infrastructure.portal.PortalPullControl;
import jp.madoguchi.integration.camel.CamelRoutes;
import jp.madoguchi.integration.camel.MadoguchiCamel;
import jp.madoguchi.integration.engine.LinkageEngine;
import jp.madoguchi.integration.engine.PollSettings;
import jp.madoguchi.integration.port.DeliveryQueue;
import jp.madoguchi.integration.portal.PortalConnection;
import jp.madoguchi.integration.portal.PortalPullEngine;

/**
 * Starts the application's one CamelContext once the schema is migrated, on threads of the
 * container's ManagedThreadFactory, and stops it at shutdown: the linkage routes always, the portal
 * pull routes when {@code madoguchi.portal.enabled} and a base URL are set. The one class of the
 * app that starts Camel.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CamelBootstrap {

  private static final Logger LOG = Logger.getLogger(CamelBootstrap.class.getName());
  private static final int CLAIMS_PER_POLL = 20;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject DeliveryQueue queue;
  @Inject LinkageSettings settings;
  @Inject LinkageEngineStatus status;
  @Inject PortalSettings portalSettings;
  @Inject PortalPackageIntake intake;
  @Inject PortalPullControl portalControl;
  @Inject Clock clock;

  private MadoguchiCamel camel;

  @PostConstruct
  void start() {
    LinkageEngine linkage =
        new LinkageEngine(
            queue,
            new PollSettings(
                settings.pollDelay(),
                CLAIMS_PER_POLL,
                settings.deliveryLease(),
                settings.fileGroupSize()));
    List<CamelRoutes> routes = new ArrayList<>(List.of(linkage));
    PortalPullEngine portal = portalPull();
    if (portal != null) {
      routes.add(portal);
    }
    camel = new MadoguchiCamel(threads, routes);
    try {
      camel.start();
      status.track(linkage::isRunning);
      LOG.info(() -> "連携エンジンを開始しました（ポーリング間隔 " + settings.pollDelay().toMillis() + " ms）");
      if (portal != null) {
        portalControl.track(portal);
        LOG.info(
            () ->
                "ポータルからの取得を開始しました（"
                    + portalSettings.baseUrl().orElseThrow()
                    + "、間隔 "
                    + portalSettings.interval().toSeconds()
                    + " 秒）");
      }
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "連携エンジン（Camel）を開始できませんでした", e);
    }
  }

  /** The portal pull routes, or null when the pull is not configured. */
  private PortalPullEngine portalPull() {
    if (!portalSettings.enabled()) {
      LOG.info("ポータルからの取得は無効です（madoguchi.portal.enabled / base-url）");
      return null;
    }
    try {
      PortalConnection connection =
          new PortalConnection(
              portalSettings.baseUrl().orElseThrow(),
              portalSettings.username(),
              portalSettings.password(),
              portalSettings.interval(),
              portalSettings.maxBackoff(),
              portalSettings.requestTimeout());
      return new PortalPullEngine(intake, connection, true, clock);
    } catch (IllegalArgumentException e) {
      LOG.log(Level.SEVERE, "ポータルからの取得の設定が不正です: " + e.getMessage());
      return null;
    }
  }

  @PreDestroy
  void stop() {
    camel.stop();
    LOG.info("連携エンジンを停止しました");
  }
}
