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
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.madoguchi.app.application.linkage.LinkageSettings;
import jp.madoguchi.integration.engine.LinkageEngine;
import jp.madoguchi.integration.engine.PollSettings;
import jp.madoguchi.integration.port.DeliveryQueue;

/**
 * Starts the linkage engine (the CamelContext of the integration module) once the schema is
 * migrated, on threads of the container's ManagedThreadFactory, and stops it at shutdown. The one
 * class of the app that touches Camel.
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

  private LinkageEngine engine;

  @PostConstruct
  void start() {
    engine =
        new LinkageEngine(
            queue,
            threads,
            new PollSettings(settings.pollDelay(), CLAIMS_PER_POLL, settings.deliveryLease()));
    try {
      engine.start();
      LinkageEngine started = engine;
      status.track(started::isRunning);
      LOG.info(() -> "連携エンジンを開始しました（ポーリング間隔 " + settings.pollDelay().toMillis() + " ms）");
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "連携エンジンを開始できませんでした", e);
    }
  }

  @PreDestroy
  void stop() {
    engine.stop();
    LOG.info("連携エンジンを停止しました");
  }
}
