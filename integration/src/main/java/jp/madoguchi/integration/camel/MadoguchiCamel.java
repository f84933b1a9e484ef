package jp.madoguchi.integration.camel;

import java.util.List;
import java.util.concurrent.ThreadFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.ClassResolver;

/**
 * The application's one CamelContext: every route set given ({@link CamelRoutes}) in one context,
 * every Camel thread made by the given factory (in the app, the container's ManagedThreadFactory).
 */
public final class MadoguchiCamel {

  public static final String NAME = "madoguchi";

  private final ThreadFactory threads;
  private final List<CamelRoutes> routeSets;
  private CamelContext context;

  public MadoguchiCamel(ThreadFactory threads, List<CamelRoutes> routeSets) {
    this.threads = threads;
    this.routeSets = List.copyOf(routeSets);
  }

  public synchronized void start() throws Exception {
    if (context != null) {
      return;
    }
    CamelContext camel =
        new DefaultCamelContext() {
          @Override
          protected ClassResolver createClassResolver() {
            return new OwnServiceFiles(
                getCamelContextReference(), CamelContext.class.getClassLoader());
          }
        };
    camel.getCamelContextExtension().setName(NAME);
    camel.getExecutorServiceManager().setThreadPoolFactory(new GivenThreadPoolFactory(threads));
    camel.getShutdownStrategy().setTimeout(10);
    try {
      for (CamelRoutes routes : routeSets) {
        routes.addTo(camel, threads);
      }
      camel.start();
    } catch (Exception e) {
      camel.stop();
      routeSets.forEach(CamelRoutes::release);
      throw e;
    }
    context = camel;
  }

  public synchronized void stop() {
    if (context == null) {
      return;
    }
    context.stop();
    routeSets.forEach(CamelRoutes::release);
    context = null;
  }

  public synchronized boolean isRunning() {
    return context != null && context.isStarted();
  }

  /** The running context (for a health check or a test's NotifyBuilder); null when stopped. */
  public synchronized CamelContext context() {
    return context;
  }
}
