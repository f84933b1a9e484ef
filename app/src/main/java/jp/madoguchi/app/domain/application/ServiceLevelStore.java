package jp.madoguchi.app.domain.application;

/** Where the 標準処理期間 of the procedures are kept. */
public interface ServiceLevelStore {

  /** The service levels as configured now. */
  ServiceLevels current();
}
