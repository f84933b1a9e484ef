package jp.madoguchi.app.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.madoguchi.app.application.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses API request bodies over {@code madoguchi.intake.max-body-bytes} with 413: before reading
 * when Content-Length says so, and otherwise as soon as the stream passes the limit. An oversized
 * body is never buffered; what the client still sends is read and thrown away in a small buffer
 * (unless it asked {@code Expect: 100-continue}, when nothing of it is sent at all).
 */
@WebFilter(urlPatterns = "/api/*")
public class RequestSizeLimit extends HttpFilter {

  @Inject
  @ConfigProperty(name = "madoguchi.intake.max-body-bytes", defaultValue = "31457280")
  long maxBytes;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      if (request.getHeader("Expect") == null) {
        new TooLarge(maxBytes, request.getInputStream()).discardRest();
      }
      response.setHeader("Connection", "close");
      response.setStatus(ProblemType.PAYLOAD_TOO_LARGE.status());
      response.setContentType(ProblemDocument.MEDIA_TYPE);
      response.getOutputStream().write(tooLarge(maxBytes).toJsonBytes());
      return;
    }
    chain.doFilter(new LimitedRequest(request, maxBytes), response);
  }

  static ProblemDocument tooLarge(long maxBytes) {
    return ProblemDocument.of(
        ProblemType.PAYLOAD_TOO_LARGE, "リクエスト本文は " + (maxBytes / (1024 * 1024)) + " MB 以下にしてください");
  }

  /** Thrown by the wrapped stream when the body passes the limit; mapped to 413. */
  public static final class TooLarge extends IOException {
    private final long maxBytes;
    private final transient ServletInputStream rest;

    TooLarge(long maxBytes, ServletInputStream rest) {
      super("request body over the configured limit", null);
      this.maxBytes = maxBytes;
      this.rest = rest;
    }

    String detail() {
      return tooLarge(maxBytes).detail();
    }

    /**
     * Reads and throws away what the client is still sending (up to eight times the limit, in a
     * small buffer), so that a client that writes its whole body before reading gets the 413 rather
     * than a reset connection.
     */
    void discardRest() {
      byte[] buffer = new byte[64 * 1024];
      long budget = maxBytes * 8;
      try {
        int n;
        while (budget > 0 && (n = rest.read(buffer)) >= 0) {
          budget -= n;
        }
      } catch (IOException e) {
        // The client gave up; the response is still written if it can be.
      }
    }
  }

  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long maxBytes;
    private ServletInputStream limited;

    LimitedRequest(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (limited == null) {
        limited = new LimitedStream(super.getInputStream(), maxBytes);
      }
      return limited;
    }
  }

  private static final class LimitedStream extends ServletInputStream {
    private final ServletInputStream in;
    private final long maxBytes;
    private long read;

    LimitedStream(ServletInputStream in, long maxBytes) {
      this.in = in;
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws TooLarge {
      read += n;
      if (read > maxBytes) {
        throw new TooLarge(maxBytes, in);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
