package jp.madoguchi.app.interfaces.rest;

import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;

/** A 503 the client should retry: answered with Retry-After by {@link ProblemMapper}. */
public final class ServiceBusy extends ApplicationProblem {

  public ServiceBusy(String detail) {
    super(ProblemType.UNAVAILABLE, detail);
  }

  int retryAfterSeconds() {
    return BodyAdmission.RETRY_AFTER_SECONDS;
  }
}
