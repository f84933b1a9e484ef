package jp.madoguchi.integration.config;

/** The four linkage patterns of domain.md §6. */
public enum DeliveryPattern {
  /** 職員が基幹システムの画面に転記: waits for a clerk; not pushed by the engine. */
  MANUAL,
  /** 単件ファイル取込: one file per application in the route's directory. */
  FILE_EXPORT,
  /** 一括取込: waits until a core-system batch job pulls it; not pushed by the engine. */
  BATCH,
  /** API連携: POSTed to the core system's endpoint. */
  DIRECT_API
}
