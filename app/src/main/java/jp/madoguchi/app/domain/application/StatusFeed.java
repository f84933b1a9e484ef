package jp.madoguchi.app.domain.application;

import java.util.List;

/** The ordered feed of status changes the portal follows with a cursor. */
public interface StatusFeed {

  /** Up to {@code limit} changes with a feed position greater than {@code after}, in order. */
  List<StatusChange> after(long after, int limit);
}
