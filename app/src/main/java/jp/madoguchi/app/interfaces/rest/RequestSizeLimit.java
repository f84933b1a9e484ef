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
import jp.madoguchi.app.infrastructure.web.ProblemDocument;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses API request bodies over {@code madoguchi.intake.max-body-bytes} with 413: before reading
 * when Content-Length says so, and otherwise as soon as the stream passes the limit. An oversized
 * body is never buffered; what the client still sends is read and thrown away in a small buffer
 * (unless it asked {@code Expect: 100-continue}, when nothing of it is sent at all).
 *
 * <p>Also applies the {@link BodyAdmission admission limit on large bodies}: a body whose declared
 * length cannot be admitted in time is answered 503 with Retry-After before the application reads
 * any of it; a body without Content-Length is admitted as it is read, and refused the same way
 * (from {@link JsonBodies}) when the budget runs out.
 */
@WebFilter(urlPatterns = "/api/*")
public class RequestSizeLimit extends HttpFilter {

  @Inject
  @ConfigProperty(name = "madoguchi.intake.max-body-bytes", defaultValue = "31457280")
  long maxBytes;

  @Inject BodyAdmission admission;

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
    BodyAdmission.Ticket ticket = admission.ticket();
    try {
      if (declared > 0 && !cover(ticket, declared)) {
        refuseBusy(request, response, declared);
        return;
      }
      chain.doFilter(new LimitedRequest(request, maxBytes, ticket), response);
    } finally {
      ticket.release();
    }
  }

  private static boolean cover(BodyAdmission.Ticket ticket, long bytes) throws IOException {
    try {
      return ticket.cover(bytes);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while waiting for admission");
    }
  }

  private static void refuseBusy(
      HttpServletRequest request, HttpServletResponse response, long declared) throws IOException {
    if (request.getHeader("Expect") == null) {
      new TooLarge(declared, request.getInputStream()).discardRest();
    } else {
      response.setHeader("Connection", "close");
    }
    response.setStatus(ProblemType.UNAVAILABLE.status());
    response.setHeader("Retry-After", String.valueOf(BodyAdmission.RETRY_AFTER_SECONDS));
    response.setContentType(ProblemDocument.MEDIA_TYPE);
    response.getOutputStream().write(busy().toJsonBytes());
  }

  public static ProblemDocument busy() {
    return ProblemDocument.of(
        ProblemType.UNAVAILABLE,
        "サーバーが混み合っています。"
            + BodyAdmission.RETRY_AFTER_SECONDS
            + "秒以上待ってから同じ内容で再送してください（この送信は受け付けていません）。");
  }

  /**
   * Thrown by the wrapped stream when a body without Content-Length cannot be admitted; mapped to
   * 503 with Retry-After.
   */
  public static final class Busy extends IOException {
    Busy() {
      super("admission limit on large request bodies reached", null);
    }
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
     * small buffer), so that a client that writes its whole body before reading gets the 413 (or
     * 503) rather than a reset connection.
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
    private final BodyAdmission.Ticket ticket;
    private ServletInputStream limited;

    LimitedRequest(HttpServletRequest request, long maxBytes, BodyAdmission.Ticket ticket) {
      super(request);
      this.maxBytes = maxBytes;
      this.ticket = ticket;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (limited == null) {
        long declared = getContentLengthLong();
        limited =
            new LimitedStream(
                super.getInputStream(), maxBytes, declared > 0 ? Long.MAX_VALUE : 0, ticket);
      }
      return limited;
    }
  }

  private static final class LimitedStream extends ServletInputStream {
    /** A body without Content-Length is admitted this much ahead of what has been read. */
    private static final long ADMISSION_STEP = 256 * 1024;

    private final ServletInputStream in;
    private final long maxBytes;
    private final BodyAdmission.Ticket ticket;
    private long read;
    private long covered;

    /**
     * {@code covered}: bytes already admitted ({@code Long.MAX_VALUE} when the declared length was
     * admitted before the body was read).
     */
    LimitedStream(ServletInputStream in, long maxBytes, long covered, BodyAdmission.Ticket ticket) {
      this.in = in;
      this.maxBytes = maxBytes;
      this.covered = covered;
      this.ticket = ticket;
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

    private void count(int n) throws IOException {
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
