package jp.madoguchi.integration.config;

/** The state change that creates a delivery for a route. */
public enum DeliveryTrigger {
  /** 受理: the clerk accepted the application. */
  ON_ACCEPT,
  /** 受付: the application was received from the portal. */
  ON_RECEIPT
}
