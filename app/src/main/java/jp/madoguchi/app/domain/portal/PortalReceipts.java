package jp.madoguchi.app.domain.portal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The fetched-package records. */
public interface PortalReceipts {

  Optional<PortalReceipt> find(String receiptNumber);

  Optional<PortalReceipt> ofApplication(UUID applicationId);

  /** The packages refused as unreadable or invalid (not applications), newest first. */
  List<PortalReceipt> refused(int limit);

  /** Adds the record unless one exists for the receipt number already (a re-fetch). */
  void addIfAbsent(PortalReceipt receipt);
}
