package jp.madoguchi.integration.portal;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import jp.madoguchi.integration.camel.CamelRoutes;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.service.ServiceHelper;

/**
 * The portal pull routes ({@link PortalPullRoute}); they join the application's one CamelContext.
 * {@code scheduled} false leaves only on-demand polls ({@link #pollNow()}).
 */
public final class PortalPullEngine implements CamelRoutes {

  private final ReceivedPackages packages;
  private final PortalConnection connection;
  private final boolean scheduled;
  private final Clock clock;
  private final PortalPullStatus status;
  private CamelContext context;
  private ProducerTemplate producer;
  private ExecutorService httpExecutor;

  public PortalPullEngine(
      ReceivedPackages packages, PortalConnection connection, boolean scheduled, Clock clock) {
    this.packages = packages;
    this.connection = connection;
    this.scheduled = scheduled;
    this.clock = clock;
    this.status = new PortalPullStatus(connection.interval(), connection.maxBackoff());
  }

  @Override
  public synchronized void addTo(CamelContext camel, ThreadFactory threads) throws Exception {
    httpExecutor = Executors.newCachedThreadPool(threads);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(connection.requestTimeout())
            .executor(httpExecutor)
            .build();
    PortalPullSteps steps =
        new PortalPullSteps(new PortalApiClient(http, connection), packages, status, clock);
    camel.addRoutes(new PortalPullRoute(steps, status, connection, scheduled, clock));
    context = camel;
  }

  @Override
  public synchronized void release() {
    if (producer != null) {
      ServiceHelper.stopService(producer);
    }
    if (httpExecutor != null) {
      httpExecutor.shutdownNow();
    }
    producer = null;
    context = null;
  }

  /** One poll now, in the caller's thread, whatever the backoff. */
  public PollReport pollNow() {
    ProducerTemplate template;
    synchronized (this) {
      if (!isRunning()) {
        throw new IllegalStateException("portal pull is not running");
      }
      if (producer == null) {
        producer = context.createProducerTemplate();
      }
      template = producer;
    }
    return template.requestBody(PortalPullRoute.POLL, null, PollReport.class);
  }

  public synchronized boolean isRunning() {
    return context != null && context.isStarted();
  }

  public boolean isScheduled() {
    return scheduled;
  }

  public PortalPullStatus.Snapshot status() {
    return status.snapshot();
  }
}
