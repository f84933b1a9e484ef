package jp.madoguchi.integration.camel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.DefaultThreadPoolFactory;

/**
 * Makes every Camel thread pool create its threads with the given factory (in the app, a Jakarta EE
 * ManagedThreadFactory) instead of Camel's own, so the container knows the threads.
 */
public final class GivenThreadPoolFactory extends DefaultThreadPoolFactory {

  private final ThreadFactory threads;

  public GivenThreadPoolFactory(ThreadFactory threads) {
    this.threads = threads;
  }

  @Override
  public ExecutorService newCachedThreadPool(ThreadFactory ignored) {
    return super.newCachedThreadPool(threads);
  }

  @Override
  public ExecutorService newThreadPool(ThreadPoolProfile profile, ThreadFactory ignored) {
    return super.newThreadPool(profile, threads);
  }

  @Override
  public ExecutorService newThreadPool(
      int corePoolSize,
      int maxPoolSize,
      long keepAliveTime,
      TimeUnit timeUnit,
      int maxQueueSize,
      boolean allowCoreThreadTimeOut,
      RejectedExecutionHandler rejectedExecutionHandler,
      ThreadFactory ignored) {
    return super.newThreadPool(
        corePoolSize,
        maxPoolSize,
        keepAliveTime,
        timeUnit,
        maxQueueSize,
        allowCoreThreadTimeOut,
        rejectedExecutionHandler,
        threads);
  }

  @Override
  public ScheduledExecutorService newScheduledThreadPool(
      ThreadPoolProfile profile, ThreadFactory ignored) {
    return super.newScheduledThreadPool(profile, threads);
  }
}
