package jp.madoguchi.app.domain.account;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The procedures an account may work on (最小権限, domain.md §7): all of them, or a fixed set of
 * procedure codes. An application outside the scope is, for that account, as if it did not exist.
 */
public record ProcedureScope(boolean all, Set<String> codes) {

  /** No limit: every procedure, today's and future ones. */
  public static final ProcedureScope ALL = new ProcedureScope(true, Set.of());

  public ProcedureScope {
    codes = all ? Set.of() : Set.copyOf(codes);
  }

  /** Exactly these procedure codes (none at all when empty). */
  public static ProcedureScope only(Collection<String> codes) {
    return new ProcedureScope(false, Set.copyOf(codes));
  }

  public boolean permits(String procedureCode) {
    return all || (procedureCode != null && codes.contains(procedureCode));
  }

  /** The codes in a stable order, for queries; empty when {@link #all()}. */
  public List<String> sortedCodes() {
    return List.copyOf(new TreeSet<>(codes));
  }
}
