package jp.madoguchi.app.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import jp.madoguchi.app.domain.application.ServiceLevels;
import jp.madoguchi.forms.catalog.ProcedureCatalog;

/** The plain objects the use cases share: the procedure catalog and the clock. */
@ApplicationScoped
public class Producers {

  @Produces
  @Singleton
  ProcedureCatalog catalog() {
    return ProcedureCatalog.loadDefault();
  }

  /**
   * The time and, for every date rule (filing windows, "not in the future", due dates), the day in
   * Japan: JST whatever zone the JVM runs in, so that 00:00–09:00 JST is already the next day on a
   * server kept in UTC.
   */
  @Produces
  @Singleton
  Clock clock() {
    return Clock.system(ServiceLevels.JAPAN);
  }
}
