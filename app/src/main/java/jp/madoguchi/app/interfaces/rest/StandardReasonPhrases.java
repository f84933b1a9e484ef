package jp.madoguchi.app.interfaces.rest;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Makes the HTTP listener (Grizzly, inside Payara) write the standard reason phrase on the status
 * line of the statuses it does not know ({@code HTTP/1.1 422 Unprocessable Entity}, not {@code 422
 * CUSTOM}). Servlet 6 has no way to set a reason phrase per response, so the phrases are registered
 * once in Grizzly's own table when the application starts. Should that table ever move, the server
 * still works and only the phrase stays {@code CUSTOM} (logged as a warning).
 */
@WebListener
public class StandardReasonPhrases implements ServletContextListener {

  public static final Map<Integer, String> MISSING =
      Map.of(
          422, "Unprocessable Entity",
          429, "Too Many Requests",
          423, "Locked",
          428, "Precondition Required",
          431, "Request Header Fields Too Large",
          451, "Unavailable For Legal Reasons");

  private static final String GRIZZLY_STATUS = "org.glassfish.grizzly.http.util.HttpStatus";
  private static final Logger LOG = Logger.getLogger(StandardReasonPhrases.class.getName());

  @Override
  public void contextInitialized(ServletContextEvent event) {
    try {
      Class<?> status =
          Class.forName(
              GRIZZLY_STATUS, true, event.getServletContext().getClass().getClassLoader());
      Method register = status.getDeclaredMethod("register", int.class, String.class);
      register.setAccessible(true);
      for (Map.Entry<Integer, String> phrase : MISSING.entrySet()) {
        Object known = status.getMethod("getHttpStatus", int.class).invoke(null, phrase.getKey());
        String reason = (String) status.getMethod("getReasonPhrase").invoke(known);
        if ("CUSTOM".equals(reason)) {
          register.invoke(null, phrase.getKey(), phrase.getValue());
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.warning("could not register standard reason phrases: " + e.getClass().getName());
    }
  }
}
