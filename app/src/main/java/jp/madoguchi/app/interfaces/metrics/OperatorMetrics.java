package jp.madoguchi.app.interfaces.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import jp.madoguchi.app.application.OperationsFigures;
import jp.madoguchi.app.application.sequencing.SequencingFigures;
import jp.madoguchi.app.infrastructure.persistence.ConnectionPoolUse;
import jp.madoguchi.app.infrastructure.portal.PortalPullControl;
import jp.madoguchi.integration.portal.PortalPullStatus;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The gauges an operator watches (docs/operations.md lists them). They are read once per scrape,
 * right before Payara writes {@code /metrics} ({@link #refresh}, at most once a second however many
 * scrapers ask): a handful of queries on count tables and indexes, never a scan of the
 * applications. New label values (a route added since) become new gauges at the next scrape.
 */
@ApplicationScoped
public class OperatorMetrics {

  private static final Logger LOG = Logger.getLogger(OperatorMetrics.class.getName());
  private static final Duration FRESH = Duration.ofSeconds(1);

  static final Metadata QUEUE = gauge("madoguchi_queue_applications", "状態別の申請件数");
  static final Metadata OVERDUE = gauge("madoguchi_queue_overdue", "処理期限を過ぎた未完了の申請件数");
  static final Metadata DELIVERIES = gauge("madoguchi_deliveries", "連携経路別の送信待ち・保留中の連携件数");
  static final Metadata FIGURES_UP = gauge("madoguchi_figures_up", "直近のスクレイプで件数をデータベースから読めたか（1/0）");
  static final Metadata PULL_SUCCESS =
      gauge(
          "madoguchi_portal_pull_last_success_timestamp_seconds", "ポータルからの最後の取得成功時刻（UNIX秒、未成功は0）");
  static final Metadata PULL_FAILURES =
      gauge("madoguchi_portal_pull_consecutive_failures", "ポータルからの取得の連続失敗回数");
  static final Metadata PULL_ENABLED =
      gauge("madoguchi_portal_pull_enabled", "ポータルからの取得が動いているか（1/0）");
  static final Metadata POOL = gauge("madoguchi_db_pool_connections", "接続プールの使用中・空き接続数");
  static final Metadata POOL_MAX = gauge("madoguchi_db_pool_max_connections", "接続プールの最大接続数");
  static final Metadata SEQUENCED = gauge("madoguchi_sequencer_sequenced", "このノードの採番で番号付け・連鎖した件数");
  static final Metadata REQUEST_WAIT =
      gauge("madoguchi_sequencer_longest_request_wait_ms", "要求が自分の書込みの採番を待った最長時間（ミリ秒）");
  static final Metadata WRITE_WAIT =
      gauge("madoguchi_sequencer_longest_write_wait_ms", "書込みがコミットから採番まで待った最長時間（ミリ秒）");
  static final Metadata WAITS_RUN_OUT =
      gauge("madoguchi_sequencer_waits_run_out", "採番を待ちきれずに応答した要求の数");

  @Inject MetricRegistry registry;
  @Inject OperationsFigures figures;
  @Inject PortalPullControl pull;
  @Inject ConnectionPoolUse pool;
  @Inject SequencingFigures sequencing;

  private final Map<MetricID, AtomicLong> values = new ConcurrentHashMap<>();
  private long refreshedAt;
  private boolean refreshed;

  /** Reads the figures for the scrape about to be answered (unless read within the last second). */
  public synchronized void refresh() {
    long now = System.nanoTime();
    if (refreshed && now - refreshedAt < FRESH.toNanos()) {
      return;
    }
    refreshed = true;
    refreshedAt = now;
    readDatabaseFigures();
    PortalPullStatus.Snapshot status = pull.status().orElse(null);
    set(PULL_ENABLED, pull.isRunning() ? 1 : 0);
    set(
        PULL_SUCCESS,
        status == null || status.lastSuccess() == null
            ? 0
            : status.lastSuccess().at().getEpochSecond());
    set(PULL_FAILURES, status == null ? 0 : status.consecutiveFailures());
    pool.current()
        .ifPresent(
            use -> {
              set(POOL, use.active(), new Tag("state", "active"));
              set(POOL, use.idle(), new Tag("state", "idle"));
              set(POOL_MAX, use.max());
            });
    set(SEQUENCED, sequencing.changes(), new Tag("kind", "status_change"));
    set(SEQUENCED, sequencing.entries(), new Tag("kind", "audit_entry"));
    set(REQUEST_WAIT, sequencing.longestRequestWait().toMillis());
    set(WRITE_WAIT, sequencing.longestWriteWait().toMillis());
    set(WAITS_RUN_OUT, sequencing.waitsRunOut());
  }

  private void readDatabaseFigures() {
    OperationsFigures.Figures read;
    try {
      read = figures.read();
    } catch (RuntimeException e) {
      set(FIGURES_UP, 0);
      LOG.warning(() -> "メトリクスの件数を読めませんでした: " + e.getClass().getName());
      return;
    }
    read.applicationsByStatus()
        .forEach((status, count) -> set(QUEUE, count, new Tag("status", status.name())));
    set(OVERDUE, read.overdue());
    for (var row : read.deliveries()) {
      set(
          DELIVERIES,
          row.count(),
          new Tag("procedure", row.procedureCode()),
          new Tag("route", row.routeName()),
          new Tag("status", row.status().name()));
    }
    set(FIGURES_UP, 1);
  }

  private void set(Metadata metadata, long value, Tag... tags) {
    values
        .computeIfAbsent(
            new MetricID(metadata.getName(), tags),
            id -> {
              AtomicLong holder = new AtomicLong();
              registry.gauge(metadata, holder, AtomicLong::get, tags);
              return holder;
            })
        .set(value);
  }

  private static Metadata gauge(String name, String description) {
    return Metadata.builder().withName(name).withDescription(description).build();
  }
}
