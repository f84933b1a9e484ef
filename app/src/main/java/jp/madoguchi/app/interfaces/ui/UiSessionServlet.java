package jp.madoguchi.app.interfaces.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Logger;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.infrastructure.security.LoginThrottle;
import jp.madoguchi.app.infrastructure.security.SessionCookiePolicy;
import jp.madoguchi.app.infrastructure.security.SessionLogin;
import jp.madoguchi.app.infrastructure.web.ProblemDocument;

/**
 * The web UI's login: {@code POST /ui/login} (form or JSON user name and password), {@code POST
 * /ui/logout} and {@code GET /ui/session} ({@code {username, roles, csrfToken}} or 401).
 */
@WebServlet(urlPatterns = {UiSessionServlet.LOGIN, "/ui/logout", "/ui/session"})
public class UiSessionServlet extends HttpServlet {

  static final String LOGIN = SessionLogin.LOGIN_PATH;
  private static final Logger LOG = Logger.getLogger(UiSessionServlet.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject transient IdentityStoreHandler identityStores;
  @Inject transient LoginThrottle throttle;
  @Inject transient SessionCookiePolicy cookies;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!"/ui/session".equals(request.getServletPath())) {
      problem(response, ProblemDocument.of(ProblemType.METHOD_NOT_ALLOWED, "POST で送信してください"));
      return;
    }
    SessionLogin login = SessionLogin.of(request);
    if (login == null) {
      problem(response, ProblemDocument.of(ProblemType.UNAUTHENTICATED, "ログインしていません"));
      return;
    }
    json(response, login);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    switch (request.getServletPath()) {
      case LOGIN -> login(request, response);
      case "/ui/logout" -> {
        SessionLogin.end(request);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      }
      default ->
          problem(response, ProblemDocument.of(ProblemType.METHOD_NOT_ALLOWED, "GET で取得してください"));
    }
  }

  private void login(HttpServletRequest request, HttpServletResponse response) throws IOException {
    LoginForm form = LoginForm.read(request);
    if (form == null) {
      problem(response, ProblemDocument.of(ProblemType.MALFORMED_REQUEST, "ユーザー名とパスワードを入力してください"));
      return;
    }
    var throttled = throttle.refusal(request);
    if (throttled.isPresent()) {
      response.setHeader("Retry-After", Long.toString(LoginThrottle.seconds(throttled.get())));
      problem(response, LoginThrottle.problem(throttled.get()));
      return;
    }
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential(form.username(), form.password()));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      LOG.info("web UI login refused");
      throttle.failed(request, form.username());
      problem(response, ProblemDocument.of(ProblemType.UNAUTHENTICATED, "ユーザー名またはパスワードが正しくありません"));
      return;
    }
    SessionLogin login =
        SessionLogin.of(result.getCallerPrincipal().getName(), result.getCallerGroups());
    login.storeIn(request);
    cookies.apply(request, response);
    json(response, login);
  }

  private static void json(HttpServletResponse response, SessionLogin login) throws IOException {
    response.setContentType("application/json;charset=UTF-8");
    JSON.writeValue(
        response.getOutputStream(),
        Map.of(
            "username", login.username(),
            "roles", new TreeSet<>(login.roles()),
            "csrfToken", login.csrfToken()));
  }

  private static void problem(HttpServletResponse response, ProblemDocument problem)
      throws IOException {
    response.setStatus(problem.status());
    response.setContentType(ProblemDocument.MEDIA_TYPE);
    response.getOutputStream().write(problem.toJsonBytes());
  }
}
