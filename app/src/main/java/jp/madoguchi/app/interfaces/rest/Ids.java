package jp.madoguchi.app.interfaces.rest;

import java.util.UUID;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;

/** Path ids: a malformed one is simply not found. */
final class Ids {

  private Ids() {}

  static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new ApplicationProblem(ProblemType.NOT_FOUND, "ID " + id + " は見つかりません");
    }
  }
}
