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
import jp.madoguchi.integration.camel.CamelRoutes;
import jp.madoguchi.integration.file.AtomicFileWriter;
import jp.madoguchi.integration.port.DeliveryQueue;
import jp.madoguchi.integration.record.RecordRenderer;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;

/**
 * The linkage routes ({@link FileExportRoute}, {@link DirectApiRoute}) with their one error policy
 * ({@link LinkageErrorPolicy}), against the given {@link DeliveryQueue}; they join the
 * application's one CamelContext. Route settings travel with each delivery, so configuration
 * changes apply without a restart.
 */
public final class LinkageEngine implements CamelRoutes {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private final DeliveryQueue queue;
  private final PollSettings poll;
  private final Clock clock;
  private final Random random;
  private volatile CamelContext context;
  private ExecutorService httpExecutor;

  public LinkageEngine(DeliveryQueue queue, PollSettings poll) {
    this(queue, poll, Clock.systemUTC(), new Random());
  }

  /** With the clock that stamps attempts and the randomness of the backoff jitter. */
  public LinkageEngine(DeliveryQueue queue, PollSettings poll, Clock clock, Random random) {
    this.queue = queue;
    this.poll = poll;
    this.clock = clock;
    this.random = random;
  }

  @Override
  public synchronized void addTo(CamelContext camel, ThreadFactory threads) throws Exception {
    httpExecutor = Executors.newCachedThreadPool(threads);
    LinkageSteps steps = new LinkageSteps(queue, poll, clock, random);
    camel.addRoutes(new LinkageErrorPolicy(steps.recordOutcome()));
    camel.addRoutes(
        new FileExportRoute(
            steps,
            new RenderExportFile(new RecordRenderer()),
            new WriteExportFile(new AtomicFileWriter()),
            new UploadBySftp(),
            new FileDelivered(clock)));
    CoreSystemClient client =
        new CoreSystemClient(
            CoreSystemClient.newHttpClient(httpExecutor, CONNECT_TIMEOUT),
            new ObjectMapper(),
            clock);
    camel.addRoutes(new DirectApiRoute(steps, new PushToCoreSystem(client, new RateLimiters())));
    context = camel;
  }

  @Override
  public synchronized void release() {
    if (httpExecutor != null) {
      httpExecutor.shutdownNow();
    }
    context = null;
  }

  /** True while the context runs and both polling routes are started. */
  public boolean isRunning() {
    CamelContext camel = context;
    return camel != null
        && camel.isStarted()
        && camel.getRouteController().getRouteStatus(FileExportRoute.ROUTE_ID)
            == ServiceStatus.Started
        && camel.getRouteController().getRouteStatus(DirectApiRoute.ROUTE_ID)
            == ServiceStatus.Started;
  }
}
