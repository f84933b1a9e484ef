package jp.madoguchi.app.interfaces.rest.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.infrastructure.web.ProblemDocument;

/**
 * {@code GET /openapi}: the OpenAPI document of the REST API ({@link OpenApiDocument}), JSON by
 * default, YAML with {@code Accept: application/yaml} or {@code ?format=yaml}. Mapped exactly to
 * {@code /openapi}, it answers before Payara's own MicroProfile OpenAPI servlet ({@code
 * /openapi/*}).
 */
@WebServlet(urlPatterns = "/openapi")
public class OpenApiServlet extends HttpServlet {

  static final String YAML = "application/yaml";
  private static final ObjectMapper JSON = new ObjectMapper();

  private volatile Rendered rendered;

  private record Rendered(byte[] json, byte[] yaml) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String format = format(request);
    if (format == null) {
      byte[] problem =
          ProblemDocument.of(ProblemType.MALFORMED_REQUEST, "format には json か yaml を指定してください")
              .toJsonBytes();
      response.setStatus(400);
      response.setContentType(ProblemDocument.MEDIA_TYPE);
      response.getOutputStream().write(problem);
      return;
    }
    Rendered document = document();
    boolean yaml = format.equals("yaml");
    response.setContentType((yaml ? YAML : "application/json") + ";charset=UTF-8");
    response.setHeader("Vary", "Accept");
    response.getOutputStream().write(yaml ? document.yaml() : document.json());
  }

  /** {@code json} or {@code yaml}; null for any other {@code format} parameter. */
  static String format(HttpServletRequest request) {
    String asked = request.getParameter("format");
    if (asked != null) {
      String lower = asked.toLowerCase(Locale.ROOT);
      return lower.equals("json") || lower.equals("yaml") ? lower : null;
    }
    String accept = request.getHeader("Accept");
    if (accept != null) {
      String lower = accept.toLowerCase(Locale.ROOT);
      if ((lower.contains("yaml")) && !lower.contains("application/json")) {
        return "yaml";
      }
    }
    return "json";
  }

  private Rendered document() throws IOException {
    Rendered current = rendered;
    if (current == null) {
      List<Class<?>> resources =
          CDI.current().getBeanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
              .<Class<?>>map(Bean::getBeanClass)
              .distinct()
              .toList();
      ObjectNode document = OpenApiDocument.of(resources);
      current =
          new Rendered(
              JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document),
              YamlText.of(document).getBytes(StandardCharsets.UTF_8));
      rendered = current;
    }
    return current;
  }
}
