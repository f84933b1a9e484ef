package jp.madoguchi.app.application.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import jp.madoguchi.app.domain.linkage.AttemptView;
import jp.madoguchi.app.domain.linkage.Deliveries;
import jp.madoguchi.app.domain.linkage.Delivery;
import jp.madoguchi.app.domain.linkage.RouteVersion;

/**
 * 現在の設定で再送: rebinds a parked delivery to its route's current version and writes the change (from
 * which version, by whom) into its history, as an entry of outcome {@value #OUTCOME}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Rebinding {

  static final String OUTCOME = "REBOUND";

  @Inject Deliveries deliveries;

  /** False (nothing changed) when the delivery is not PARKED or not of the version's route. */
  public boolean replayOnto(Delivery parked, RouteVersion current, String actor, Instant now) {
    return parked
        .replayOnto(current, actor, now)
        .map(
            note -> {
              deliveries.recordAttempt(parked.id(), new AttemptView(now, 0, OUTCOME, note), null);
              return true;
            })
        .orElse(false);
  }
}
