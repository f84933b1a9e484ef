package jp.madoguchi.forms.sanitise;

/** An attachment that must not enter the system; carries no file content. */
public final class AttachmentRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  public AttachmentRefusedException(Refusal refusal) {
    super(refusal.code() + ": " + refusal.message());
    this.refusal = refusal;
  }

  public AttachmentRefusedException(Refusal refusal, Throwable cause) {
    super(refusal.code() + ": " + refusal.message(), cause);
    this.refusal = refusal;
  }

  public Refusal refusal() {
    return refusal;
  }
}
