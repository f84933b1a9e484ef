package jp.madoguchi.app.interfaces.rest;

import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON bodies of the endpoints that read them field by field: each record names the top-level
 * keys its body may have ({@link JsonBodies} refuses any other). The submission is {@code
 * intake.SubmissionDocument}, a transition {@code workflow.TransitionRequest}, a linkage route its
 * {@code LinkageRouteConfig}.
 */
public final class RequestBodies {

  private RequestBodies() {}

  /**
   * {@code PUT /api/v1/admin/linkage-routes/{code}}: a route configuration, and the read-only keys
   * of a GET answer (procedureCode, route must match the path; version, author, createdAt,
   * myNumberUse are ignored), so that the body of a GET is valid PUT input.
   */
  public record RouteVersionBody(
      Object pattern,
      Object trigger,
      Object enabled,
      Object file,
      Object api,
      Object retry,
      Object includeMyNumber,
      Object procedureCode,
      Object route,
      Object version,
      Object author,
      Object createdAt,
      Object myNumberUse) {}

  /** {@code POST /api/v1/applications/{receiptNumber}/withdrawal}. */
  public record Withdrawal(String reason) {}

  /** {@code POST /api/v1/intake/{id}/my-number}: the field disclosed and why. */
  public record Disclosure(String field, String reason) {}

  /** {@code POST /api/v1/intake/{id}/assign}. */
  public record Assignment(String assignee) {}

  /** {@code POST /api/v1/intake/{id}/comments}. */
  public record Comment(String body) {}

  /** {@code PUT /api/v1/intake/{id}/damage-grade}. */
  public record DamageGrade(String grade, BigDecimal ratioPercent) {}

  /** {@code POST /api/v1/manual-entries/{deliveryId}/done}. */
  public record ManualEntryDone(String coreReference) {}

  /** {@code POST /api/v1/batches/{batchId}/ack}. */
  public record BatchAcknowledgement(List<Object> rejected) {}

  /** {@code POST /api/v1/admin/deliveries/retry}. */
  public record BulkRetry(String status, String procedure) {}

  /** {@code POST /api/v1/admin/users}. */
  public record NewUser(String username, String password, List<String> roles) {}

  /** {@code PUT /api/v1/admin/users/{username}/roles}. */
  public record RoleChange(List<String> roles) {}

  /** {@code POST /api/v1/admin/users/{username}/password}. */
  public record PasswordReset(String password) {}

  /** {@code POST /api/v1/admin/api-clients}. */
  public record NewApiClient(String name, List<String> roles, Integer expiresInDays) {}

  /** {@code PUT /api/v1/admin/resident-certificates}. */
  public record ResidentCertificate(String issuer, String serial, String residentId) {}

  /** {@code POST /api/v1/admin/resident-certificates/remove}. */
  public record ResidentCertificateKey(String issuer, String serial) {}
}
