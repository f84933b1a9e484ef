package jp.madoguchi.app.interfaces.rest;

import java.util.UUID;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;

/** Path ids: a malformed one is simply not found. */
public final class Ids {

  private Ids() {}

  public static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw notFound(id);
    }
  }

  /** A positive number id, such as a role grant's. */
  public static long number(String id) {
    try {
      long number = Long.parseLong(id);
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // not a number: not found, as below
    }
    throw notFound(id);
  }

  private static ApplicationProblem notFound(String id) {
    return new ApplicationProblem(
        ProblemType.NOT_FOUND, "ID " + (id.length() > 64 ? id.substring(0, 64) : id) + " は見つかりません");
  }
}
