package jp.madoguchi.app.application.linkage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.domain.linkage.DeliveryView;

/** The opaque {@code ?after=} cursor of the deliveries listing: the last delivery's key. */
final class DeliveryCursor {

  private DeliveryCursor() {}

  static String write(DeliveryView.Key key) {
    String text = key.createdAt() + "|" + key.id();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The key, null for no cursor; 422 for one this listing did not write. */
  static DeliveryView.Key read(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int bar = text.indexOf('|');
      return new DeliveryView.Key(
          Instant.parse(text.substring(0, bar)), UUID.fromString(text.substring(bar + 1)));
    } catch (RuntimeException e) {
      throw new ApplicationProblem(ProblemType.VALIDATION_FAILED, "after が正しくありません");
    }
  }
}
