package jp.madoguchi.app.domain.application;

import java.util.Collection;
import java.util.List;

/** The ordered feed of status changes the portal follows with a cursor. */
public interface StatusFeed {

  /**
   * Up to {@code limit} changes of applications submitted by one of {@code submitters}, with a feed
   * position greater than {@code after} and at most {@code upTo}, in order.
   */
  List<StatusChange> after(long after, long upTo, Collection<String> submitters, int limit);

  /**
   * The highest feed position committed. Every smaller position is committed too (or was never
   * used): positions are given to committed changes by one sequencer round at a time, each holding
   * the feed counter's lock until it commits (docs/sequencing.md).
   */
  long lastPosition();
}
