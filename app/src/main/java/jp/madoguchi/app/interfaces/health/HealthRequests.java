package jp.madoguchi.app.interfaces.health;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * In front of Payara's health servlet ({@code /health}, {@code /health/live}, {@code
 * /health/ready}): notes the address this request came in on, so that the REST check can call the
 * application back over it ({@link LoopbackAddress}); starts the time budget of the checks ({@link
 * Probe}); and makes the JSON UTF-8 (the servlet writes it as a String, which would otherwise lose
 * every Japanese character to {@code ?}).
 */
@WebFilter(urlPatterns = {"/health", "/health/*"})
public class HealthRequests extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    LoopbackAddress.noteFrom(request);
    response.setHeader("Cache-Control", "no-store");
    Probe.startBudget();
    try {
      chain.doFilter(request, new Utf8Json(response));
    } finally {
      Probe.endBudget();
    }
  }

  /** Keeps the charset on the content type and writes Strings as UTF-8. */
  private static final class Utf8Json extends HttpServletResponseWrapper {

    Utf8Json(HttpServletResponse response) {
      super(response);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }

    @Override
    public void setContentType(String type) {
      super.setContentType(
          type != null && !type.contains("charset") ? type + ";charset=UTF-8" : type);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      ServletOutputStream out = super.getOutputStream();
      return new ServletOutputStream() {
        @Override
        public void print(String s) throws IOException {
          out.write(String.valueOf(s).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void write(int b) throws IOException {
          out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
          out.flush();
        }

        @Override
        public boolean isReady() {
          return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          out.setWriteListener(listener);
        }
      };
    }
  }
}
