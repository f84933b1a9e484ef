package jp.madoguchi.integration.portal;

import java.time.Instant;
import jp.madoguchi.integration.portal.ReceivedPackages.StoreOutcome;

/** Counts the packages of one poll as they go through the route. */
final class PollTally {

  private final Instant startedAt;
  private int listed;
  private int stored;
  private int alreadyStored;
  private int intakeErrors;
  private int refused;
  private int confirmed;

  PollTally(Instant startedAt) {
    this.startedAt = startedAt;
  }

  synchronized void listed(int count) {
    listed = count;
  }

  synchronized void stored(StoreOutcome outcome) {
    switch (outcome) {
      case STORED -> stored++;
      case ALREADY_STORED -> alreadyStored++;
      case INTAKE_ERROR -> intakeErrors++;
      case REFUSED -> refused++;
    }
  }

  synchronized void confirmed() {
    confirmed++;
  }

  synchronized PollReport report(String error) {
    return new PollReport(
        startedAt, listed, stored, alreadyStored, intakeErrors, refused, confirmed, error);
  }
}
