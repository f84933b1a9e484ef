package jp.madoguchi.app.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import jp.madoguchi.forms.catalog.ProcedureCatalog;

/** The plain objects the use cases share: the procedure catalog and the clock. */
@ApplicationScoped
public class Producers {

  @Produces
  @Singleton
  ProcedureCatalog catalog() {
    return ProcedureCatalog.loadDefault();
  }

  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemDefaultZone();
  }
}
