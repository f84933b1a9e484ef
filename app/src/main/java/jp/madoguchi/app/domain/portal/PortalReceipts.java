package jp.madoguchi.app.domain.portal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The fetched-package records: packages that became applications, and refused packages. */
public interface PortalReceipts {

  Optional<PortalReceipt> find(String receiptNumber);

  Optional<PortalReceipt> ofApplication(UUID applicationId);

  /** Adds the record unless one exists for the receipt number already (a re-fetch). */
  void addIfAbsent(PortalReceipt receipt);

  /**
   * Records a refused package, unless the same refusal (receipt number and reason) is recorded
   * already (the package fetched again).
   */
  void refuse(PortalRefusal refusal);

  /** The latest refusal of a package with this 受付番号, if any. */
  Optional<PortalRefusal> latestRefusal(String receiptNumber);

  /** The packages refused as unreadable or invalid (not applications), newest first. */
  List<PortalRefusal> refused(int limit);
}
