package jp.madoguchi.integration.portal;

/** The portal did not answer as its API says (down, refused the login, answered an error). */
public class PortalUnavailableException extends RuntimeException {

  public PortalUnavailableException(String message) {
    super(message);
  }

  public PortalUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
