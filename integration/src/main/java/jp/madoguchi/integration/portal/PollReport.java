package jp.madoguchi.integration.portal;

import java.time.Instant;

/**
 * What one poll did: how many packages the portal listed and what became of them; {@code error} is
 * why the poll stopped early (the portal down, a failed confirmation), null when it completed.
 */
public record PollReport(
    Instant at,
    int listed,
    int stored,
    int alreadyStored,
    int intakeErrors,
    int refused,
    int confirmed,
    String error) {

  public boolean succeeded() {
    return error == null;
  }
}
