package jp.madoguchi.app.domain.application;

/**
 * Who submitted an application (申請の送信元): the portal client that pushed it — a PORTAL user account
 * by its user name, an API client as {@code api-client:<name>} — or the portal pull. Only the
 * submitter follows, resubmits and withdraws the application (docs/portal-clients.md).
 */
public record Submitter(String name) {

  /** Applications fetched by the portal pull. */
  public static final Submitter PORTAL_PULL = new Submitter("portal-pull");

  public static final int MAX_LENGTH = 100;

  public Submitter {
    if (name == null || name.isBlank() || name.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("申請の送信元は1〜" + MAX_LENGTH + "文字で指定してください");
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
