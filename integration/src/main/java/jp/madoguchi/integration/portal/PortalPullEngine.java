package jp.madoguchi.integration.portal;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The portal pull as a CamelContext of its own ({@link PortalPullRoute}), threads from the given
 * factory. {@code scheduled} false leaves only on-demand polls ({@link #pollNow()}).
 */
public final class PortalPullEngine {

  private final ReceivedPackages packages;
  private final ThreadFactory threads;
  private final PortalConnection connection;
  private final boolean scheduled;
  private final Clock clock;
  private final PortalPullStatus status;
  private CamelContext context;
  private ProducerTemplate producer;
  private ExecutorService httpExecutor;

  public PortalPullEngine(
      ReceivedPackages packages,
      ThreadFactory threads,
      PortalConnection connection,
      boolean scheduled,
      Clock clock) {
    this.packages = packages;
    this.threads = threads;
    this.connection = connection;
    this.scheduled = scheduled;
    this.clock = clock;
    this.status = new PortalPullStatus(connection.interval(), connection.maxBackoff());
  }

  public synchronized void start() throws Exception {
    if (context != null) {
      return;
    }
    httpExecutor = Executors.newCachedThreadPool(threads);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(connection.requestTimeout())
            .executor(httpExecutor)
            .build();
    PortalPullSteps steps =
        new PortalPullSteps(new PortalApiClient(http, connection), packages, status, clock);
    CamelContext camel = new DefaultCamelContext();
    camel.getCamelContextExtension().setName("madoguchi-portal-pull");
    camel
        .getExecutorServiceManager()
        .setThreadPoolFactory(new jp.madoguchi.integration.engine.GivenThreadPoolFactory(threads));
    camel.getShutdownStrategy().setTimeout(10);
    camel.addRoutes(new PortalPullRoute(steps, status, connection, scheduled, clock));
    camel.start();
    producer = camel.createProducerTemplate();
    context = camel;
  }

  /** One poll now, in the caller's thread, whatever the backoff. */
  public PollReport pollNow() {
    ProducerTemplate template;
    synchronized (this) {
      if (context == null) {
        throw new IllegalStateException("portal pull is not running");
      }
      template = producer;
    }
    return template.requestBody(PortalPullRoute.POLL, null, PollReport.class);
  }

  public synchronized void stop() {
    if (context == null) {
      return;
    }
    context.stop();
    httpExecutor.shutdownNow();
    context = null;
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
