package jp.madoguchi.app.infrastructure.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.forms.validation.Violation;

/** The body of every error response: {@code application/problem+json} (RFC 9457). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemDocument(
    String type, String title, int status, String detail, List<Violation> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  private static final ObjectMapper JSON = new ObjectMapper();

  public static ProblemDocument of(ProblemType type, String detail) {
    return new ProblemDocument(type.uri(), type.title(), type.status(), detail, List.of());
  }

  public static ProblemDocument of(ApplicationProblem problem) {
    ProblemType type = problem.type();
    return new ProblemDocument(
        type.uri(), type.title(), type.status(), problem.detail(), problem.violations());
  }

  /** For writers outside JAX-RS (authentication, request size filter). */
  public byte[] toJsonBytes() {
    try {
      return JSON.writeValueAsBytes(this);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("problem document not serialisable", e);
    }
  }
}
