package jp.madoguchi.app.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.infrastructure.security.ApiAuthenticationMechanism;
import jp.madoguchi.app.infrastructure.web.ProblemDocument;

/**
 * Enforces {@link RolesAllowed} on resources: no login → 401, wrong role → 403. A resource method
 * with neither {@code RolesAllowed} nor {@link PermitAll} (on it or its class) is refused: access
 * is denied unless granted.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 1)
public class RoleCheck implements ContainerRequestFilter {

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (resource.getResourceMethod() == null) {
      return;
    }
    String[] roles = rolesFor(resource.getResourceMethod(), resource.getResourceClass());
    if (roles == null) {
      return;
    }
    SecurityContext security = request.getSecurityContext();
    if (security.getUserPrincipal() == null) {
      request.abortWith(
          jakarta.ws.rs.core.Response.status(401)
              .header("WWW-Authenticate", ApiAuthenticationMechanism.CHALLENGE)
              .type(ProblemDocument.MEDIA_TYPE)
              .entity(ProblemDocument.of(ProblemType.UNAUTHENTICATED, "ログインが必要です"))
              .build());
      return;
    }
    if (Arrays.stream(roles).noneMatch(security::isUserInRole)) {
      throw new ApplicationProblem(
          ProblemType.FORBIDDEN, "この操作には次のいずれかの権限が必要です: " + String.join(", ", roles));
    }
  }

  /** The roles required, or null when the endpoint is open to everyone. */
  private static String[] rolesFor(AnnotatedElement method, AnnotatedElement type) {
    for (AnnotatedElement element : new AnnotatedElement[] {method, type}) {
      if (element.isAnnotationPresent(PermitAll.class)) {
        return null;
      }
      RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
      if (allowed != null) {
        return allowed.value();
      }
    }
    return new String[0];
  }
}
