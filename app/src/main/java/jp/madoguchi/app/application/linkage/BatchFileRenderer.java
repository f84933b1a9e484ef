package jp.madoguchi.app.application.linkage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.application.EncryptedMyNumber;
import jp.madoguchi.app.domain.linkage.Batches;
import jp.madoguchi.app.domain.linkage.Deliveries;
import jp.madoguchi.app.domain.linkage.DeliveryView;
import jp.madoguchi.app.domain.linkage.LinkageRoutes;
import jp.madoguchi.integration.config.ColumnSource;
import jp.madoguchi.integration.config.ColumnSpec;
import jp.madoguchi.integration.config.FileSettings;
import jp.madoguchi.integration.config.LinkageRouteConfig;
import jp.madoguchi.integration.record.RecordRenderer;
import jp.madoguchi.integration.record.RenderedRecord;

/**
 * Renders one page of a batch file from stored data only: the batch's items in order, each
 * application as accepted (immutable from then on) and the file settings of the route version its
 * delivery was made with. The same page is therefore the same bytes on every download. Each page
 * runs in its own short transaction and is read in one query without managed entities, so nothing
 * of earlier pages stays loaded.
 */
@ApplicationScoped
public class BatchFileRenderer {

  /** Route versions never change once saved, so their file settings are kept once read. */
  private static final int MAX_CACHED_ROUTES = 1_000;

  @Inject Batches batches;
  @Inject Deliveries deliveries;
  @Inject Clock clock;
  @Inject LinkageRoutes routes;
  @Inject DeliveryRecords records;
  @Inject MyNumberUse myNumberUse;
  @Inject ApplicationRepository applications;

  private final RecordRenderer renderer = new RecordRenderer();
  private final Map<Batches.RouteRef, LinkageRouteConfig> configs = new ConcurrentHashMap<>();

  /**
   * The page after {@code afterSeq}; the header row (of the first item's route) opens the page that
   * starts the file. With {@code flagForReview}, rows that lost characters (外字 → 〓) or were
   * shortened are flagged for clerk review. {@code withForm}: whether a route version of the batch
   * has a column read from the form ({@link #readsForm}); otherwise the form is not even read.
   */
  @Transactional
  public BatchFilePage page(
      UUID batchId, int afterSeq, int size, boolean flagForReview, boolean withForm) {
    List<Batches.Row> rows = batches.rows(batchId, afterSeq, size, withForm);
    Map<UUID, Map<String, EncryptedMyNumber>> formNumbers =
        withForm && rows.stream().map(Batches.Row::route).distinct().anyMatch(this::carriesMyNumber)
            ? batches.formMyNumbers(rows.stream().map(Batches.Row::applicationId).toList())
            : Map.of();
    ByteArrayOutputStream content = new ByteArrayOutputStream(Math.max(1_024, rows.size() * 128));
    int lastSeq = afterSeq;
    Batches.RouteRef lastRoute = null;
    FileSettings file = null;
    FileSettings withoutHeader = null;
    boolean myNumber = false;
    for (Batches.Row row : rows) {
      if (!row.route().equals(lastRoute)) {
        lastRoute = row.route();
        file = fileSettings(lastRoute);
        withoutHeader = file.withoutHeader();
        myNumber = carriesMyNumber(lastRoute);
      }
      if (row.seq() == 1) {
        content.writeBytes(renderer.header(file));
      }
      RenderedRecord rendered =
          renderer.render(
              records.forFile(
                  row.deliveryId(),
                  row.receiptNumber(),
                  row.procedureCode(),
                  row.definitionVersion(),
                  row.applicant(),
                  row.formJson(),
                  myNumber,
                  formNumbers.getOrDefault(row.applicationId(), Map.of()),
                  damage(row)),
              withoutHeader);
      content.writeBytes(rendered.content());
      if (flagForReview && rendered.needsClerkReview()) {
        deliveries
            .lock(row.deliveryId())
            .ifPresent(d -> d.flag(rendered.reviewReason(), clock.instant()));
      }
      lastSeq = row.seq();
    }
    return new BatchFilePage(content.toByteArray(), rows.size(), lastSeq);
  }

  /** The 被害の程度 of a DIS-01 row (column source {@code damage.*}), null for other procedures. */
  private ObjectNode damage(Batches.Row row) {
    if (!ColumnSource.DAMAGE_PROCEDURE.equals(row.procedureCode())) {
      return null;
    }
    return applications.findById(row.applicationId()).map(DeliveryRecords::damage).orElse(null);
  }

  /** Whether any route version of the batch has a column whose source is in the form. */
  @Transactional
  public boolean readsForm(UUID batchId) {
    return batches.routeVersions(batchId).stream().anyMatch(this::readsForm);
  }

  /** Whether the route version has a column whose source is in the form. */
  @Transactional
  public boolean readsForm(Batches.RouteRef route) {
    return fileSettings(route).columns().stream()
        .map(ColumnSpec::source)
        .anyMatch(source -> source != null && source.split("\\.", -1)[0].equals("form"));
  }

  /** The file settings of the route version the delivery was made with. */
  FileSettings fileSettings(DeliveryView delivery) {
    return fileSettings(
        new Batches.RouteRef(
            delivery.procedureCode(), delivery.routeName(), delivery.routeVersion()));
  }

  FileSettings fileSettings(Batches.RouteRef route) {
    return config(route).file();
  }

  /** Whether rows of this route version carry 個人番号 (includeMyNumber of a 個人番号利用事務). */
  boolean carriesMyNumber(Batches.RouteRef route) {
    return config(route).carriesMyNumber() && myNumberUse.isMyNumberUse(route.procedureCode());
  }

  private LinkageRouteConfig config(Batches.RouteRef route) {
    LinkageRouteConfig cached = configs.get(route);
    if (cached != null) {
      return cached;
    }
    LinkageRouteConfig config =
        routes.history(route.procedureCode(), route.routeName()).stream()
            .filter(r -> r.version() == route.version())
            .findFirst()
            .orElseThrow()
            .config();
    if (configs.size() >= MAX_CACHED_ROUTES) {
      configs.clear();
    }
    configs.put(route, config);
    return config;
  }
}
