package jp.madoguchi.app.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.app.domain.account.ProcedureAssignment;
import jp.madoguchi.app.domain.account.ProcedureAssignments;

@ApplicationScoped
@Transactional
public class JpaProcedureAssignments implements ProcedureAssignments {

  @PersistenceContext(unitName = "madoguchi")
  EntityManager em;

  @Override
  public Optional<ProcedureAssignment> of(String username) {
    return Optional.ofNullable(em.find(ProcedureAssignment.class, username));
  }

  @Override
  public void save(ProcedureAssignment assignment) {
    if (!em.contains(assignment)) {
      em.persist(assignment);
    }
  }

  @Override
  public void remove(String username) {
    of(username).ifPresent(em::remove);
  }

  @Override
  public List<ProcedureAssignment> all() {
    return em.createQuery(
            "select p from ProcedureAssignment p order by p.username", ProcedureAssignment.class)
        .getResultList();
  }
}
