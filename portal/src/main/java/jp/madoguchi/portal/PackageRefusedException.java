package jp.madoguchi.portal;

/**
 * A package refused while reading or verifying it. {@code detail} is a technical note for the log
 * (never personal data); {@link #getMessage()} is the Japanese reason with the detail.
 */
public class PackageRefusedException extends Exception {

  private final Refusal refusal;

  public PackageRefusedException(Refusal refusal, String detail) {
    super(detail == null ? refusal.message() : refusal.message() + "（" + detail + "）");
    this.refusal = refusal;
  }

  public PackageRefusedException(Refusal refusal, String detail, Throwable cause) {
    this(refusal, detail);
    initCause(cause);
  }

  public Refusal refusal() {
    return refusal;
  }
}
