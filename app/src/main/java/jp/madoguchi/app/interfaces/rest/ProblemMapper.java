package jp.madoguchi.app.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.domain.account.DutyViolation;
import jp.madoguchi.app.domain.application.WorkflowViolation;
import jp.madoguchi.app.infrastructure.persistence.DatabaseUnreachable;
import jp.madoguchi.app.infrastructure.web.DatabaseOutage;
import jp.madoguchi.app.infrastructure.web.ProblemDocument;

/**
 * The one place where exceptions become responses. Known refusals keep their detail; anything
 * unexpected becomes a 500 with an incident id, and only the exception's class chain is logged
 * (messages may quote request data, which may be personal data).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    if (exception instanceof ServiceBusy busy) {
      return Response.fromResponse(respond(ProblemDocument.of(busy)))
          .header(HttpHeaders.RETRY_AFTER, busy.retryAfterSeconds())
          .build();
    }
    if (exception instanceof ApplicationProblem problem) {
      return respond(ProblemDocument.of(problem));
    }
    if (exception instanceof WorkflowViolation violation) {
      return respond(ProblemDocument.of(ProblemType.CONFLICT, violation.getMessage()));
    }
    if (exception instanceof DutyViolation violation) {
      return respond(
          ProblemDocument.of(
              violation.forbidsTheCaller() ? ProblemType.FORBIDDEN : ProblemType.CONFLICT,
              violation.getMessage()));
    }
    if (exception instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      Response original = web.getResponse();
      ProblemType type = ProblemType.forStatus(original.getStatus());
      Response.ResponseBuilder builder =
          Response.status(original.getStatus())
              .type(ProblemDocument.MEDIA_TYPE)
              .entity(
                  new ProblemDocument(
                      type.uri(), type.title(), original.getStatus(), type.title(), null));
      String challenge = original.getHeaderString(HttpHeaders.WWW_AUTHENTICATE);
      if (challenge != null) {
        builder.header(HttpHeaders.WWW_AUTHENTICATE, challenge);
      }
      String allow = original.getHeaderString(HttpHeaders.ALLOW);
      if (allow != null) {
        builder.header(HttpHeaders.ALLOW, allow);
      }
      return builder.build();
    }
    if (DatabaseUnreachable.causedBy(exception)) {
      // Nothing of the request is stored; the client may retry once the database is back.
      LOG.warning(() -> "database unreachable, answered 503: " + classChain(exception));
      return Response.fromResponse(respond(DatabaseOutage.problem()))
          .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
          .build();
    }
    if (isLockTimeout(exception)) {
      // The transaction was rolled back: nothing of the request is stored; the client may retry.
      LOG.warning(() -> "lock wait timed out, answered 503: " + classChain(exception));
      return Response.fromResponse(respond(RequestSizeLimit.busy()))
          .header(HttpHeaders.RETRY_AFTER, BodyAdmission.RETRY_AFTER_SECONDS)
          .build();
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, () -> "incident " + incident + ": " + classChain(exception));
    return respond(
        ProblemDocument.of(
            ProblemType.INTERNAL_ERROR, "管理者にお問い合わせください（インシデントID: " + incident + "）"));
  }

  private static Response respond(ProblemDocument document) {
    return Response.status(document.status())
        .type(ProblemDocument.MEDIA_TYPE)
        .entity(document)
        .build();
  }

  /** A row lock not obtained in time (or a deadlock): the database rolled the transaction back. */
  private static boolean isLockTimeout(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof jakarta.persistence.PessimisticLockException
          || t instanceof jakarta.persistence.LockTimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static String classChain(Throwable exception) {
    StringBuilder chain = new StringBuilder();
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (chain.length() > 0) {
        chain.append(" <- ");
      }
      chain.append(t.getClass().getName());
      StackTraceElement[] trace = t.getStackTrace();
      if (trace.length > 0) {
        chain.append(" at ").append(trace[0]);
      }
    }
    return chain.toString();
  }
}
