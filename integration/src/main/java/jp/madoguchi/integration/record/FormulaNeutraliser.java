package jp.madoguchi.integration.record;

/**
 * Keeps spreadsheet programs from running a CSV cell as a formula (CSV injection): a cell that
 * starts with {@code = + - @}, a tab or a carriage return gets a leading single quote.
 */
public final class FormulaNeutraliser {

  private static final String TRIGGERS = "=+-@\t\r";

  private FormulaNeutraliser() {}

  public static String neutralise(String cell) {
    if (cell == null || cell.isEmpty() || TRIGGERS.indexOf(cell.charAt(0)) < 0) {
      return cell;
    }
    return "'" + cell;
  }
}
