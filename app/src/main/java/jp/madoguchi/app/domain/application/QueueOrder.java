package jp.madoguchi.app.domain.application;

/** The order of the intake queue. */
public enum QueueOrder {
  /** Oldest receipt first (受付日時), the order of the API by default. */
  RECEIVED,
  /** Earliest 処理期限 first, then oldest receipt: the order clerks work in. */
  DUE
}
