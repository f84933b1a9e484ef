package jp.madoguchi.app.application.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.madoguchi.app.domain.linkage.Batch;
import jp.madoguchi.app.domain.linkage.Batches;
import jp.madoguchi.app.domain.linkage.Deliveries;
import jp.madoguchi.app.domain.linkage.Delivery;
import jp.madoguchi.app.domain.linkage.DeliveryView;
import jp.madoguchi.integration.config.FileEncoding;

/**
 * Claims pending BATCH deliveries into a new batch in one transaction: expired batches are released
 * first, then the oldest pending deliveries are locked (skipping rows other claims hold), listed as
 * the batch's items and moved into it. Nothing is rendered here; the file is rendered from the
 * items when downloaded.
 */
@ApplicationScoped
public class BatchClaims {

  @Inject Batches batches;
  @Inject Deliveries deliveries;
  @Inject BatchFileRenderer renderer;
  @Inject LinkageSettings settings;
  @Inject Clock clock;

  /** A batch just opened: its id, how many deliveries it holds and their one route version. */
  record Opened(UUID batchId, int count, Batches.RouteRef route) {}

  @Transactional
  public Optional<Opened> claim(String procedureCode, int limit, String job) {
    Instant now = clock.instant();
    releaseExpired(now);
    List<UUID> claimed = batches.claimPending(procedureCode, limit);
    if (claimed.isEmpty()) {
      return Optional.empty();
    }
    DeliveryView first = deliveries.find(claimed.get(0)).orElseThrow();
    // claimPending takes one route version only: the first delivery's is the batch's
    Batches.RouteRef route =
        new Batches.RouteRef(first.procedureCode(), first.routeName(), first.routeVersion());
    Batch batch =
        Batch.open(
            procedureCode,
            job,
            claimed.size(),
            mediaType(renderer.fileSettings(route).encoding()),
            now,
            now.plus(settings.batchLease()));
    batches.add(batch, claimed, Delivery.ADD_TO_BATCH, now);
    if (renderer.carriesMyNumber(route)) {
      batch.markMyNumberExported();
    }
    return Optional.of(new Opened(batch.id(), claimed.size(), route));
  }

  /** Offers again the deliveries of open batches whose lease ran out. */
  private void releaseExpired(Instant now) {
    for (Batch expired : batches.lockExpired(now)) {
      batches.release(expired.id(), expired.release(now), now);
    }
  }

  static String mediaType(FileEncoding encoding) {
    return encoding == FileEncoding.CP932
        ? "text/csv; charset=windows-31j"
        : "text/csv; charset=UTF-8";
  }
}
