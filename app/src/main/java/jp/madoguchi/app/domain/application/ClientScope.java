package jp.madoguchi.app.domain.application;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one portal client may see: the applications it submitted itself and, when it is one of the
 * portal pull's readers, those fetched by the portal pull (and the pull's refused packages).
 * Anything else is unknown to it (404), whoever submitted it.
 */
public record ClientScope(Set<Submitter> submitters) {

  public ClientScope {
    submitters = Set.copyOf(submitters);
  }

  /** The scope of {@code caller} when the pull's applications are read by {@code pullReaders}. */
  public static ClientScope of(String caller, Collection<String> pullReaders) {
    Submitter self = new Submitter(caller);
    return pullReaders.contains(caller)
        ? new ClientScope(Set.of(self, Submitter.PORTAL_PULL))
        : new ClientScope(Set.of(self));
  }

  public boolean sees(Application application) {
    return sees(application.submitter());
  }

  public boolean sees(Submitter submitter) {
    return submitters.contains(submitter);
  }

  /** Whether the caller reads what the portal pull fetched, refused packages included. */
  public boolean seesPortalPull() {
    return submitters.contains(Submitter.PORTAL_PULL);
  }

  public Set<String> submitterNames() {
    return submitters.stream().map(Submitter::name).collect(Collectors.toUnmodifiableSet());
  }
}
