package jp.madoguchi.app.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;

/**
 * Use of the application's connection pool ({@link MadoguchiDataSource}) as Payara's pool manager
 * sees it: connections lent out, connections free in the pool, and the pool's maximum. Payara
 * publishes no API for this, so it is read by reflection from its connector runtime; on a server
 * where that fails (another Payara version) the figures are absent rather than wrong.
 */
@ApplicationScoped
public class ConnectionPoolUse {

  /** Connections in use, free (open and idle), and the most the pool opens. */
  public record Use(int active, int idle, int max) {}

  private static final String POOL_NAME = MadoguchiDataSource.JNDI_NAME.substring("java:".length());

  public Optional<Use> current() {
    try {
      ClassLoader loader = ConnectionPoolUse.class.getClassLoader();
      Class<?> runtimeType =
          Class.forName("com.sun.enterprise.connectors.ConnectorRuntime", false, loader);
      Class<?> poolType =
          Class.forName("com.sun.enterprise.resource.pool.ResourcePool", false, loader);
      Class<?> statusType =
          Class.forName("com.sun.enterprise.resource.pool.PoolStatus", false, loader);
      Object runtime = runtimeType.getMethod("getRuntime").invoke(null);
      Object manager = runtimeType.getMethod("getPoolManager").invoke(runtime);
      Map<?, ?> pools = (Map<?, ?>) field(manager.getClass(), "poolTable").get(manager);
      Method status = poolType.getMethod("getPoolStatus");
      Method max = poolType.getMethod("getMaxPoolSize");
      for (var pool : pools.entrySet()) {
        if (String.valueOf(pool.getKey()).contains(POOL_NAME)) {
          Object figures = status.invoke(pool.getValue());
          return Optional.of(
              new Use(
                  (Integer) statusType.getMethod("getNumConnUsed").invoke(figures),
                  (Integer) statusType.getMethod("getNumConnFree").invoke(figures),
                  (Integer) max.invoke(pool.getValue())));
        }
      }
      return Optional.empty();
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return Optional.empty();
    }
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    for (Class<?> t = type; t != null; t = t.getSuperclass()) {
      try {
        Field found = t.getDeclaredField(name);
        found.setAccessible(true);
        return found;
      } catch (NoSuchFieldException e) {
        // declared further up
      }
    }
    throw new NoSuchFieldException(name);
  }
}
