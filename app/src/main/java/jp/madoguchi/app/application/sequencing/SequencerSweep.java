package jp.madoguchi.app.application.sequencing;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The background sweep: every {@link SequencerSettings#sweepInterval()} a round sequences whatever
 * has committed and is still waiting — writes of requests that gave up waiting, of threads outside
 * any request (linkage, portal pull, start-up), and of a node killed between its commit and its
 * round. On the container's ManagedScheduledExecutorService; not started when the sequencer is
 * switched off.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SequencerSweep {

  private static final Logger LOG = Logger.getLogger(SequencerSweep.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject Sequencer sequencer;
  @Inject SequencerSettings settings;

  private ScheduledFuture<?> sweeping;

  @PostConstruct
  void start() {
    if (!settings.enabled()) {
      LOG.warning("採番は無効です（madoguchi.sequencer.enabled=false、試験・運用訓練専用）");
      return;
    }
    long every = settings.sweepInterval().toMillis();
    sweeping = scheduler.scheduleWithFixedDelay(sequencer::sweep, 0, every, TimeUnit.MILLISECONDS);
    LOG.info(() -> "採番の定期処理を開始しました（間隔 " + every + " ms）");
  }

  @PreDestroy
  void stop() {
    if (sweeping != null) {
      sweeping.cancel(false);
    }
  }
}
