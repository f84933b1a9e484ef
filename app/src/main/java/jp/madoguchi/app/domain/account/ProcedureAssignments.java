package jp.madoguchi.app.domain.account;

import java.util.List;
import java.util.Optional;

/** Where the accounts' procedure limits are kept; an account without one has every procedure. */
public interface ProcedureAssignments {

  Optional<ProcedureAssignment> of(String username);

  /** Stores a new or changed assignment, in the caller's transaction. */
  void save(ProcedureAssignment assignment);

  /** Back to every procedure. */
  void remove(String username);

  List<ProcedureAssignment> all();
}
