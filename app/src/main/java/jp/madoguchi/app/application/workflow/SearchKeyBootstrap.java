package jp.madoguchi.app.application.workflow;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import jp.madoguchi.app.domain.application.SearchKeyRepair;

/**
 * At start-up, right after the migrations: completes the search keys (氏名・カナ as the queue search
 * compares them) of applications stored before V112, batch by batch.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchKeyBootstrap {

  private static final Logger LOG = Logger.getLogger(SearchKeyBootstrap.class.getName());

  @Inject SearchKeyRepair backfill;

  @PostConstruct
  void keyStoredApplications() {
    long total = 0;
    for (int keyed = backfill.keyBatch(); keyed > 0; keyed = backfill.keyBatch()) {
      total += keyed;
    }
    if (total > 0) {
      long count = total;
      LOG.info(() -> "検索キーの補完（V112以前の申請）: " + count + " 件");
    }
  }
}
