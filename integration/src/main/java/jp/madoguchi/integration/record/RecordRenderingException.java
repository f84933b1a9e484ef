package jp.madoguchi.integration.record;

/**
 * A value that cannot be written as its column demands (a DATE column holding no date, a number
 * wider than its fixed-length column). The message names the column, never the value: it ends up in
 * the delivery's error text.
 */
public class RecordRenderingException extends RuntimeException {

  public RecordRenderingException(String message) {
    super(message);
  }
}
