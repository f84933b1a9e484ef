package jp.madoguchi.app.domain.sequencing;

import java.time.Instant;

/**
 * A committed status change without a feed position yet, with what the dashboard counts need: the
 * application's procedure and time of receipt. {@code from} is null for the first change.
 */
public record UnsequencedChange(
    long id, String procedureCode, Instant receivedAt, String from, String to) {}
