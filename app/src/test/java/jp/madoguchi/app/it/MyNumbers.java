package jp.madoguchi.app.it;

import java.util.concurrent.ThreadLocalRandom;
import jp.madoguchi.forms.japanese.MyNumber;

/** Fresh, valid 個人番号 for tests, so that a number found anywhere is known to be this test's. */
final class MyNumbers {

  private MyNumbers() {}

  static String fresh() {
    StringBuilder prefix = new StringBuilder("9");
    for (int i = 1; i < 11; i++) {
      prefix.append(ThreadLocalRandom.current().nextInt(10));
    }
    return prefix.toString() + MyNumber.checkDigitFor(prefix.toString());
  }

  static String masked(String number) {
    return "********" + number.substring(8);
  }
}
