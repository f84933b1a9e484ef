package jp.madoguchi.app.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import jp.madoguchi.app.domain.application.ServiceLevelStore;
import jp.madoguchi.app.domain.application.ServiceLevels;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Service levels: {@code madoguchi.queue.service-level-days} plus per-procedure overrides. */
@ApplicationScoped
public class JpaServiceLevelStore implements ServiceLevelStore {

  @PersistenceContext(unitName = "madoguchi")
  EntityManager em;

  @Inject
  @ConfigProperty(name = "madoguchi.queue.service-level-days", defaultValue = "14")
  int defaultDays;

  @Transactional
  @Override
  public ServiceLevels current() {
    Map<String, Integer> overrides =
        em.createQuery("select s from ProcedureSetting s", ProcedureSetting.class)
            .getResultStream()
            .collect(
                Collectors.toMap(
                    ProcedureSetting::procedureCode, ProcedureSetting::serviceLevelDays));
    return new ServiceLevels(defaultDays, overrides);
  }

  @Transactional
  public void change(String procedureCode, int days, String by, Instant at) {
    ProcedureSetting setting = em.find(ProcedureSetting.class, procedureCode);
    if (setting == null) {
      setting = new ProcedureSetting(procedureCode);
      em.persist(setting);
    }
    setting.change(days, by, at);
  }
}
