package jp.madoguchi.app.domain.account;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The named groups of procedures an account can be limited to: the catalog's categories (子育て, 介護,
 * 被災者支援, 自動車, 引越し), also known by the names of issue 15 (罹災 = 被災者支援, 住民異動 = 引越し).
 */
public final class ProcedureGroups {

  private static final Map<String, String> ALIASES = Map.of("罹災", "被災者支援", "住民異動", "引越し");

  private final Map<String, Set<String>> codesByGroup;

  /** {@code codesByGroup}: each category with the procedure codes it holds. */
  public ProcedureGroups(Map<String, ? extends Collection<String>> codesByGroup) {
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    codesByGroup.forEach((group, codes) -> copy.put(group, Set.copyOf(new TreeSet<>(codes))));
    this.codesByGroup = Collections.unmodifiableMap(copy);
  }

  /** The group's own name for {@code name} (itself or an alias of it), if there is such a group. */
  public Optional<String> group(String name) {
    String canonical = ALIASES.getOrDefault(name, name);
    return codesByGroup.containsKey(canonical) ? Optional.of(canonical) : Optional.empty();
  }

  public boolean hasProcedure(String code) {
    return codesByGroup.values().stream().anyMatch(codes -> codes.contains(code));
  }

  /** The procedure codes of a group by its own name; none for an unknown one. */
  public Set<String> codesOf(String group) {
    return codesByGroup.getOrDefault(group, Set.of());
  }

  /** The scope of an account limited to these groups and these codes. */
  public ProcedureScope scope(Collection<String> groups, Collection<String> codes) {
    Set<String> permitted = new TreeSet<>(codes);
    groups.forEach(group -> permitted.addAll(codesOf(group)));
    return ProcedureScope.only(permitted);
  }
}
