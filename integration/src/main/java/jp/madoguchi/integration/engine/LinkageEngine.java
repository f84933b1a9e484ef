package jp.madoguchi.integration.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import jp.madoguchi.integration.api.CoreSystemClient;
import jp.madoguchi.integration.api.RateLimiters;
import jp.madoguchi.integration.file.AtomicFileWriter;
import jp.madoguchi.integration.port.DeliveryQueue;
import jp.madoguchi.integration.record.RecordRenderer;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The linkage engine: a CamelContext running {@link FileExportRoute} and {@link DirectApiRoute}
 * against the given {@link DeliveryQueue}, every thread made by the given factory (the app passes a
 * ManagedThreadFactory from its startup bean). Route settings travel with each delivery, so
 * configuration changes apply without a restart.
 */
public final class LinkageEngine {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private final DeliveryQueue queue;
  private final ThreadFactory threadFactory;
  private final PollSettings poll;
  private final Clock clock;
  private final Random random;
  private CamelContext context;
  private ExecutorService httpExecutor;

  public LinkageEngine(DeliveryQueue queue, ThreadFactory threadFactory, PollSettings poll) {
    this(queue, threadFactory, poll, Clock.systemUTC(), new Random());
  }

  /** With the clock that stamps attempts and the randomness of the backoff jitter. */
  public LinkageEngine(
      DeliveryQueue queue,
      ThreadFactory threadFactory,
      PollSettings poll,
      Clock clock,
      Random random) {
    this.queue = queue;
    this.threadFactory = threadFactory;
    this.poll = poll;
    this.clock = clock;
    this.random = random;
  }

  public synchronized void start() throws Exception {
    if (context != null) {
      return;
    }
    httpExecutor = Executors.newCachedThreadPool(threadFactory);
    CamelContext camel = new DefaultCamelContext();
    camel.getCamelContextExtension().setName("madoguchi-linkage");
    camel
        .getExecutorServiceManager()
        .setThreadPoolFactory(new GivenThreadPoolFactory(threadFactory));
    camel.getShutdownStrategy().setTimeout(10);
    LinkageSteps steps = new LinkageSteps(queue, poll, clock, random);
    camel.addRoutes(new LinkageErrorPolicy(steps.recordOutcome()));
    camel.addRoutes(
        new FileExportRoute(
            steps, new ExportDeliveryFile(new RecordRenderer(), new AtomicFileWriter(), queue)));
    CoreSystemClient client =
        new CoreSystemClient(
            CoreSystemClient.newHttpClient(httpExecutor, CONNECT_TIMEOUT),
            new ObjectMapper(),
            clock);
    camel.addRoutes(new DirectApiRoute(steps, new PushToCoreSystem(client, new RateLimiters())));
    camel.start();
    context = camel;
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

  /** The running context (for a health check or a test's NotifyBuilder); null when stopped. */
  public synchronized CamelContext camelContext() {
    return context;
  }
}
