package jp.madoguchi.integration.portal;

import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import jp.madoguchi.integration.portal.ReceivedPackages.Stored;
import org.apache.camel.Exchange;

/** The processors of {@link PortalPullRoute}, one small step each. */
final class PortalPullSteps {

  private static final Logger LOG = Logger.getLogger(PortalPullSteps.class.getName());
  static final String TOKEN = "portalToken";
  static final String TALLY = "portalPollTally";
  static final String RECEIPT = "portalReceiptNumber";
  static final String STORED = "portalStored";

  private final PortalApiClient portal;
  private final ReceivedPackages packages;
  private final PortalPullStatus status;
  private final Clock clock;

  PortalPullSteps(
      PortalApiClient portal, ReceivedPackages packages, PortalPullStatus status, Clock clock) {
    this.portal = portal;
    this.packages = packages;
    this.status = status;
    this.clock = clock;
  }

  void login(Exchange exchange) {
    exchange.setProperty(TALLY, new PollTally(clock.instant()));
    exchange.setProperty(TOKEN, portal.login());
  }

  void listNew(Exchange exchange) {
    List<String> receipts = portal.listNew(exchange.getProperty(TOKEN, String.class));
    tally(exchange).listed(receipts.size());
    exchange.getMessage().setBody(receipts);
  }

  void fetch(Exchange exchange) {
    String receipt = exchange.getMessage().getBody(String.class);
    exchange.setProperty(RECEIPT, receipt);
    exchange.getMessage().setBody(portal.fetch(exchange.getProperty(TOKEN, String.class), receipt));
  }

  void store(Exchange exchange) {
    String receipt = exchange.getProperty(RECEIPT, String.class);
    Stored stored = packages.store(receipt, exchange.getMessage().getBody(byte[].class));
    exchange.setProperty(STORED, stored);
    tally(exchange).stored(stored.outcome());
    LOG.info(() -> "ポータル取得 receipt=" + receipt + " outcome=" + stored.outcome());
  }

  void confirm(Exchange exchange) {
    portal.confirm(
        exchange.getProperty(TOKEN, String.class),
        exchange.getProperty(RECEIPT, String.class),
        exchange.getProperty(STORED, Stored.class));
    tally(exchange).confirmed();
  }

  void succeeded(Exchange exchange) {
    finish(exchange, null);
  }

  void failed(Exchange exchange) {
    Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    // the split wraps what a step threw; the portal's own failure says most
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof PortalUnavailableException) {
        cause = t;
        break;
      }
    }
    String reason =
        cause instanceof PortalUnavailableException
            ? cause.getMessage()
            : "取得処理に失敗しました（" + (cause == null ? "不明" : cause.getClass().getSimpleName()) + "）";
    LOG.warning(() -> "ポータル取得を中断しました: " + reason);
    finish(exchange, reason);
  }

  private void finish(Exchange exchange, String error) {
    PollTally tally = exchange.getProperty(TALLY, PollTally.class);
    PollReport report = (tally == null ? new PollTally(clock.instant()) : tally).report(error);
    status.record(report);
    exchange.getMessage().setBody(report);
    exchange.removeProperty(TOKEN);
  }

  private static PollTally tally(Exchange exchange) {
    return exchange.getProperty(TALLY, PollTally.class);
  }
}
