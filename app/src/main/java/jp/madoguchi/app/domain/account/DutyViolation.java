package jp.madoguchi.app.domain.account;

/**
 * An account change that separation of duties (職務の分離) does not allow. The message is Japanese;
 * clients get 403 for changes to one's own account or approvals of one's own request, 409 else.
 */
public class DutyViolation extends RuntimeException {

  /** Why the change was refused. */
  public enum Kind {
    /** Changing one's own roles, state or password, or approving a grant to oneself. */
    OWN_ACCOUNT,
    /** Approving a grant one requested oneself. */
    OWN_REQUEST,
    /** Roles that must not be held together, or by an API client. */
    INCOMPATIBLE_ROLES,
    /** A grant already decided. */
    ALREADY_DECIDED,
    /** A password reset that would hand over a privileged account. */
    PRIVILEGED_ACCOUNT
  }

  private final Kind kind;

  public DutyViolation(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  /** Whether the caller is refused as a person (403) rather than for the state of things (409). */
  public boolean forbidsTheCaller() {
    return kind == Kind.OWN_ACCOUNT || kind == Kind.OWN_REQUEST;
  }
}
