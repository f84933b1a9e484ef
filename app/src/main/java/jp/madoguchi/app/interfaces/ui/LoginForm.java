package jp.madoguchi.app.interfaces.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** User name and password posted to the login, as a form or as JSON. */
record LoginForm(String username, String password) {

  private static final int MAX_BODY_BYTES = 8 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The posted login, or null when the body is unreadable, too large or incomplete. */
  static LoginForm read(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      return null;
    }
    String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
    LoginForm form;
    if (type.startsWith("application/json")) {
      form = fromJson(request.getInputStream());
    } else if (type.startsWith("application/x-www-form-urlencoded")) {
      request.setCharacterEncoding(StandardCharsets.UTF_8.name());
      form = new LoginForm(request.getParameter("username"), request.getParameter("password"));
    } else {
      return null;
    }
    return form == null || blank(form.username()) || blank(form.password()) ? null : form;
  }

  private static LoginForm fromJson(InputStream body) throws IOException {
    byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
    if (bytes.length > MAX_BODY_BYTES) {
      return null;
    }
    try {
      JsonNode json = JSON.readTree(bytes);
      if (json == null || !json.isObject()) {
        return null;
      }
      return new LoginForm(json.path("username").asText(null), json.path("password").asText(null));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null;
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
