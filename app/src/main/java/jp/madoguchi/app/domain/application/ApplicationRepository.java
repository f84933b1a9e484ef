package jp.madoguchi.app.domain.application;

import java.util.Optional;

/** Where applications are kept. */
public interface ApplicationRepository {

  Optional<Application> findByReceiptNumber(ReceiptNumber receiptNumber);

  /**
   * Stores a new application in its own transaction. Fails (with the transaction rolled back) when
   * its receipt number is taken: the database's unique constraint decides, not a lock in memory.
   */
  void add(Application application);
}
