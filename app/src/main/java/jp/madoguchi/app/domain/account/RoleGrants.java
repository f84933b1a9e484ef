package jp.madoguchi.app.domain.account;

import java.util.List;
import java.util.Optional;

/** Where role grant requests are kept. */
public interface RoleGrants {

  void add(RoleGrant grant);

  Optional<RoleGrant> find(long id);

  /** The pending request to give {@code role} to {@code username}, if there is one. */
  Optional<RoleGrant> pending(String username, Role role);

  /** Newest first; {@code state} null means every state. */
  List<RoleGrant> list(RoleGrant.State state, int limit);
}
