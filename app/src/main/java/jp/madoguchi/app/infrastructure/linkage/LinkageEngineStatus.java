package jp.madoguchi.app.infrastructure.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BooleanSupplier;

/**
 * Whether the linkage engine runs, for the health check. A plain CDI bean, so that a health request
 * arriving during start-up never creates or waits on the startup EJB that owns the engine.
 */
@ApplicationScoped
public class LinkageEngineStatus {

  private volatile BooleanSupplier running = () -> false;

  void track(BooleanSupplier engineRunning) {
    this.running = engineRunning;
  }

  public boolean isRunning() {
    return running.getAsBoolean();
  }
}
