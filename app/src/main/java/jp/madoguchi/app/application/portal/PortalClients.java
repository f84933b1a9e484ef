package jp.madoguchi.app.application.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import jp.madoguchi.app.domain.application.ClientScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The scope of each portal client (docs/portal-clients.md): its own applications, plus the portal
 * pull's for the callers named in {@code madoguchi.portal.pull-readers}.
 */
@ApplicationScoped
public class PortalClients {

  @Inject
  @ConfigProperty(name = "madoguchi.portal.pull-readers", defaultValue = "portal")
  List<String> pullReaders;

  /** The scope of the authenticated caller (its principal name). */
  public ClientScope scopeOf(String caller) {
    return ClientScope.of(caller, pullReaders.stream().map(String::strip).toList());
  }
}
