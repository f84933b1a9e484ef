package jp.madoguchi.app.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import jp.madoguchi.app.application.sequencing.Sequencer;
import jp.madoguchi.app.domain.sequencing.UnsequencedWrites;

/**
 * Read your writes: when the request wrote status changes or access-log entries (its transaction
 * has committed by the time the answer is filtered), the answer waits briefly until the sequencer
 * has numbered and chained them, so the caller finds them in the feed and the access log at once. A
 * wait that runs out does not hold the answer back; the sweep finishes the work.
 */
@Provider
public class SequencedAnswers implements ContainerResponseFilter {

  @Inject Sequencer sequencer;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (UnsequencedWrites.take()) {
      sequencer.awaitOwnWrites();
    }
  }
}
