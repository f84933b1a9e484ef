package jp.madoguchi.app.domain.linkage;

import java.util.List;

/** Deliveries waiting (PENDING) and given up (PARKED) per linkage route, for the operator. */
public interface DeliveryBacklog {

  /** The statuses counted. */
  List<DeliveryStatus> COUNTED = List.of(DeliveryStatus.PENDING, DeliveryStatus.PARKED);

  /** One route's deliveries in one of the {@link #COUNTED} statuses. */
  record Row(String procedureCode, String routeName, DeliveryStatus status, long count) {}

  /** Every route with a row per counted status, 0 when nothing waits. */
  List<Row> perRoute();
}
