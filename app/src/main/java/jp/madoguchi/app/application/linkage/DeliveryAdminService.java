package jp.madoguchi.app.application.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.domain.account.ProcedureScope;
import jp.madoguchi.app.domain.audit.AuditAction;
import jp.madoguchi.app.domain.audit.AuditLog;
import jp.madoguchi.app.domain.linkage.Deliveries;
import jp.madoguchi.app.domain.linkage.Delivery;
import jp.madoguchi.app.domain.linkage.DeliveryStatus;
import jp.madoguchi.app.domain.linkage.DeliveryView;
import jp.madoguchi.app.domain.linkage.LinkageRoutes;
import jp.madoguchi.app.domain.linkage.RouteVersion;

/** IT staff watching deliveries and replaying parked ones (one, or all of a procedure). */
@ApplicationScoped
public class DeliveryAdminService {

  /** The most deliveries one page lists (and how many it lists unless asked for fewer). */
  public static final int LIST_LIMIT = 500;

  /**
   * One page of the listing: its deliveries, how many match the filters in all, and the cursor of
   * the next page ({@code ?after=}), null on the last.
   */
  public record Page(List<DeliveryItem> items, long total, String next) {}

  @Inject Deliveries deliveries;
  @Inject Rebinding history;
  @Inject LinkageRoutes routes;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** 同じ設定で再送 (the delivery's own route version) or 現在の設定で再送 ({@code ?route=current}). */
  public enum ReplayRoute {
    SAME,
    CURRENT;

    /** {@code null}, blank or {@code same} → SAME; {@code current} → CURRENT; else 422. */
    public static ReplayRoute of(String text) {
      if (text == null || text.isBlank() || text.equals("same")) {
        return SAME;
      }
      if (text.equals("current")) {
        return CURRENT;
      }
      throw new ApplicationProblem(
          ProblemType.VALIDATION_FAILED, "route には same または current を指定してください");
    }
  }

  /** Newest first, {@code limit} (1..500, default 500) after the cursor {@code after}. */
  @Transactional
  public Page list(String status, String procedureCode, String after, Integer limit) {
    int size = limit == null ? LIST_LIMIT : limit;
    if (size < 1 || size > LIST_LIMIT) {
      throw new ApplicationProblem(
          ProblemType.VALIDATION_FAILED, "limit は1〜" + LIST_LIMIT + "で指定してください");
    }
    DeliveryStatus wanted = status(status);
    String procedure = blankToNull(procedureCode);
    List<DeliveryView> page =
        deliveries.page(wanted, procedure, ProcedureScope.ALL, DeliveryCursor.read(after), size);
    long total = deliveries.count(wanted, procedure, ProcedureScope.ALL);
    String next =
        page.size() == size ? DeliveryCursor.write(page.get(page.size() - 1).key()) : null;
    return new Page(page.stream().map(DeliveryItem::of).toList(), total, next);
  }

  /**
   * Replays a PARKED delivery with its own route version, or rebound to the route's current version
   * (recorded in its history); audited as DELIVERY_REPLAYED.
   */
  @Transactional
  public DeliveryItem retry(UUID id, ReplayRoute route, String actor) {
    DeliveryView delivery = deliveries.find(id).orElseThrow(() -> notFound(id));
    Delivery parked = deliveries.lock(id).orElseThrow(() -> notFound(id));
    boolean replayed;
    String detail;
    if (route == ReplayRoute.CURRENT) {
      RouteVersion current = current(delivery.procedureCode(), delivery.routeName());
      replayed = history.replayOnto(parked, current, actor, clock.instant());
      detail = "version " + delivery.routeVersion() + " -> " + current.version();
    } else {
      replayed = parked.replay(clock.instant());
      detail = "version " + delivery.routeVersion();
    }
    if (!replayed) {
      throw new ApplicationProblem(ProblemType.CONFLICT, "再送できるのは停止（PARKED）中の連携だけです");
    }
    audit.append(
        actor,
        AuditAction.DELIVERY_REPLAYED,
        delivery.procedureCode(),
        "delivery=" + id + " route=" + route.name().toLowerCase(Locale.ROOT) + " " + detail);
    return DeliveryItem.of(deliveries.find(id).orElseThrow());
  }

  /**
   * Replays every PARKED delivery (of the procedure when given), with their own route versions or
   * each rebound to its route's current version; returns how many.
   */
  @Transactional
  public int retryAll(String status, String procedureCode, ReplayRoute route, String actor) {
    if (!DeliveryStatus.PARKED.name().equals(status)) {
      throw new ApplicationProblem(ProblemType.VALIDATION_FAILED, "status には PARKED を指定してください");
    }
    String procedure = blankToNull(procedureCode);
    int replayed = 0;
    Instant now = clock.instant();
    if (route == ReplayRoute.CURRENT) {
      List<RouteVersion> current =
          procedure == null ? routes.current() : routes.currentFor(procedure);
      for (RouteVersion version : current) {
        for (Delivery parked : deliveries.lockParkedOfRoute(version.routeId())) {
          replayed += history.replayOnto(parked, version, actor, now) ? 1 : 0;
        }
      }
    } else {
      for (Delivery parked : deliveries.lockParked(procedure)) {
        replayed += parked.replay(now) ? 1 : 0;
      }
    }
    audit.append(
        actor,
        AuditAction.DELIVERY_REPLAYED,
        procedure == null ? "*" : procedure,
        "bulk route=" + route.name().toLowerCase(Locale.ROOT) + " count=" + replayed);
    return replayed;
  }

  private RouteVersion current(String procedureCode, String routeName) {
    return routes
        .current(procedureCode, routeName)
        .orElseThrow(
            () -> new ApplicationProblem(ProblemType.CONFLICT, procedureCode + " の連携ルートは未設定です"));
  }

  static ApplicationProblem notFound(UUID id) {
    return new ApplicationProblem(ProblemType.NOT_FOUND, "連携 " + id + " はありません");
  }

  private static DeliveryStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return DeliveryStatus.valueOf(status);
    } catch (IllegalArgumentException e) {
      throw new ApplicationProblem(ProblemType.VALIDATION_FAILED, "status が正しくありません: " + status);
    }
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
