package jp.madoguchi.app.domain.linkage;

import java.time.Instant;

/** One recorded attempt of a delivery: when, how long, how it ended, the short error text. */
public record AttemptView(Instant startedAt, long durationMs, String outcome, String errorText) {}
