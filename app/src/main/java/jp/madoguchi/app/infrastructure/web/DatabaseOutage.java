package jp.madoguchi.app.infrastructure.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.madoguchi.app.application.ProblemType;

/**
 * The answer while the database cannot be reached: 503 problem+json with {@code Retry-After}.
 * Nothing of the request was stored; the client sends the same request again later.
 */
public final class DatabaseOutage {

  /** Seconds a client should wait before retrying while the database is away. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private DatabaseOutage() {}

  public static ProblemDocument problem() {
    return ProblemDocument.of(
        ProblemType.UNAVAILABLE,
        "データベースに接続できないため処理できません。"
            + RETRY_AFTER_SECONDS
            + "秒以上待ってから同じ内容で再度お試しください（このリクエストは処理されていません）。");
  }

  /** For writers outside JAX-RS (authentication, servlets); does nothing once committed. */
  public static void send(HttpServletResponse response) throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.reset();
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentType(ProblemDocument.MEDIA_TYPE);
    response.getOutputStream().write(problem().toJsonBytes());
    response.flushBuffer();
  }
}
