package jp.madoguchi.app.application;

/** Every kind of error a client can get, with its HTTP status and Japanese title (RFC 9457). */
public enum ProblemType {
  MALFORMED_REQUEST(400, "malformed-request", "リクエストの形式が正しくありません"),
  UNAUTHENTICATED(401, "unauthenticated", "認証が必要です"),
  FORBIDDEN(403, "forbidden", "この操作を行う権限がありません"),
  NOT_FOUND(404, "not-found", "対象が見つかりません"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed", "このメソッドは使用できません"),
  NOT_ACCEPTABLE(406, "not-acceptable", "要求された形式では応答できません"),
  CONFLICT(409, "conflict", "現在の状態と矛盾するため処理できません"),
  PAYLOAD_TOO_LARGE(413, "payload-too-large", "リクエストが大きすぎます"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "サポートされていない形式です"),
  VALIDATION_FAILED(422, "validation-failed", "入力内容に誤りがあります"),
  TOO_MANY_REQUESTS(429, "too-many-requests", "認証の失敗が多すぎます。しばらくしてから再度お試しください"),
  INTERNAL_ERROR(500, "internal-error", "サーバー内部でエラーが発生しました"),
  UNAVAILABLE(503, "unavailable", "現在サービスを利用できません");

  private final int status;
  private final String slug;
  private final String title;

  ProblemType(int status, String slug, String title) {
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The problem type URI; stable, documented in docs/api.md. */
  public String uri() {
    return "urn:madoguchi:problem:" + slug;
  }

  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
  }
}
