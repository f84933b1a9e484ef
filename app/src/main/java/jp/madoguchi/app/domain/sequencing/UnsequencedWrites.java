package jp.madoguchi.app.domain.sequencing;

/**
 * Notes on the current thread that it wrote status changes or access-log entries for the sequencer,
 * so that the answer to the request, once its transaction committed, can wait until they are
 * numbered and chained (read your writes).
 */
public final class UnsequencedWrites {

  private static final ThreadLocal<Boolean> WRITTEN = new ThreadLocal<>();

  private UnsequencedWrites() {}

  /** Called by the stores where a write for the sequencer is made. */
  public static void note() {
    WRITTEN.set(Boolean.TRUE);
  }

  /** Whether this thread wrote something since the last call; forgets it. */
  public static boolean take() {
    boolean written = WRITTEN.get() != null;
    WRITTEN.remove();
    return written;
  }
}
