package jp.madoguchi.app.application.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.linkage.Batches;
import jp.madoguchi.app.domain.linkage.DeliveryView;
import jp.madoguchi.app.domain.linkage.LinkageRoutes;
import jp.madoguchi.integration.config.FileSettings;
import jp.madoguchi.integration.record.RecordRenderer;
import jp.madoguchi.integration.record.RenderedRecord;

/**
 * Renders one page of a batch file from stored data only: the batch's items in order, each
 * application as accepted (immutable from then on) and the file settings of the route version its
 * delivery was made with. The same page is therefore the same bytes on every download. Each page
 * runs in its own short transaction, so nothing of earlier pages stays loaded.
 */
@ApplicationScoped
public class BatchFileRenderer {

  @Inject Batches batches;
  @Inject ApplicationRepository applications;
  @Inject LinkageRoutes routes;
  @Inject DeliveryRecords records;

  /**
   * The page after {@code afterSeq}; the header row (of the first item's route) opens the page that
   * starts the file. With {@code flagForReview}, rows that lost characters (外字 → 〓) or were
   * shortened are flagged for clerk review.
   */
  @Transactional
  public BatchFilePage page(UUID batchId, int afterSeq, int size, boolean flagForReview) {
    List<Batches.Item> items = batches.items(batchId, afterSeq, size);
    RecordRenderer renderer = new RecordRenderer();
    Map<String, FileSettings> settings = new HashMap<>();
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    int lastSeq = afterSeq;
    for (Batches.Item item : items) {
      DeliveryView delivery = item.delivery();
      FileSettings file = settings.computeIfAbsent(key(delivery), k -> fileSettings(delivery));
      if (item.seq() == 1) {
        content.writeBytes(renderer.header(file));
      }
      Application application = applications.findById(delivery.applicationId()).orElseThrow();
      RenderedRecord rendered =
          renderer.render(
              records.of(delivery.id(), application, file.includesMyNumber()),
              file.withoutHeader());
      content.writeBytes(rendered.content());
      if (flagForReview && rendered.needsClerkReview()) {
        batches.flag(delivery.id(), rendered.reviewReason());
      }
      lastSeq = item.seq();
    }
    return new BatchFilePage(content.toByteArray(), items.size(), lastSeq);
  }

  /** The file settings of the route version the delivery was made with. */
  FileSettings fileSettings(DeliveryView delivery) {
    return fileSettings(
        new Batches.RouteRef(
            delivery.procedureCode(), delivery.routeName(), delivery.routeVersion()));
  }

  FileSettings fileSettings(Batches.RouteRef route) {
    return routes.history(route.procedureCode(), route.routeName()).stream()
        .filter(r -> r.version() == route.version())
        .findFirst()
        .orElseThrow()
        .config()
        .file();
  }

  private static String key(DeliveryView delivery) {
    return delivery.routeName() + "#" + delivery.routeVersion();
  }
}
