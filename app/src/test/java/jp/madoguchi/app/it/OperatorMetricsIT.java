package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.madoguchi.app.it.Api.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The operator metrics on /metrics (Prometheus text): every family is there, and its numbers move
 * with what happens — a submission, an acceptance that queues a BATCH delivery, a DIRECT_API
 * delivery that parks, a portal poll — and agree with what the API says.
 */
class OperatorMetricsIT {

  /** A procedure whose deliveries wait for a batch job (PENDING), one whose deliveries park. */
  private static final String WAITING = "LTC-03";

  private static final String PARKING = "LTC-04";
  private static final Api SCRAPER = Api.bearer(MadoguchiServer.METRICS_TOKEN);
  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})?\\s+(\\S+)$");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_]+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  private static ObjectNode waitingBefore;
  private static ObjectNode parkingBefore;

  @BeforeAll
  static void routes() {
    waitingBefore = Linkage.currentRoute(WAITING);
    parkingBefore = Linkage.currentRoute(PARKING);
    Linkage.configure(WAITING, Linkage.fileRoute("BATCH", null));
    // nothing listens on port 9 of this machine: the one attempt fails and the delivery parks
    Linkage.configure(PARKING, Linkage.apiRoute("http://127.0.0.1:9/core", 1, 1000));
  }

  @AfterAll
  static void restore() {
    Linkage.configure(WAITING, waitingBefore);
    Linkage.configure(PARKING, parkingBefore);
  }

  @Test
  void everyFamilyIsServedWithItsTypeAndHelp() {
    String text = scrapeText();
    for (String family :
        new String[] {
          "madoguchi_queue_applications",
          "madoguchi_queue_overdue",
          "madoguchi_deliveries",
          "madoguchi_figures_up",
          "madoguchi_portal_pull_last_success_timestamp_seconds",
          "madoguchi_portal_pull_consecutive_failures",
          "madoguchi_portal_pull_enabled",
          "madoguchi_db_pool_connections",
          "madoguchi_db_pool_max_connections",
          "madoguchi_sequencer_sequenced",
          "madoguchi_sequencer_longest_request_wait_ms",
          "madoguchi_sequencer_longest_write_wait_ms",
          "madoguchi_sequencer_waits_run_out"
        }) {
      assertThat(text).contains("# TYPE " + family + " gauge").contains("# HELP " + family + " ");
    }
    Map<String, Double> metrics = parse(text);
    assertThat(metrics.get(key("madoguchi_figures_up"))).isEqualTo(1.0);
    assertThat(metrics.get(key("madoguchi_db_pool_max_connections"))).isEqualTo(32.0);
    double active = metrics.get(key("madoguchi_db_pool_connections", "state", "active"));
    double idle = metrics.get(key("madoguchi_db_pool_connections", "state", "idle"));
    assertThat(active).isGreaterThanOrEqualTo(0);
    assertThat(active + idle).isGreaterThan(0).isLessThanOrEqualTo(32);
    assertThat(metrics.get(key("madoguchi_sequencer_sequenced", "kind", "audit_entry")))
        .as("the demo data's access-log entries were chained by this node")
        .isPositive();
  }

  @Test
  void queueFiguresAgreeWithTheDashboardCounts() {
    // read again while the linkage engine moves an application between the two readings
    Linkage.await(OperatorMetricsIT::disagreements, List::isEmpty, "the same figures");
  }

  /**
   * The figures in which the scrape and the dashboard counts (supervisor, every procedure) differ.
   */
  private static List<String> disagreements() {
    Map<String, Double> metrics = scrape();
    JsonNode counts = Api.as("supervisor", "supervisor-demo").get("/api/v1/intake/counts").json();
    List<String> differ = new ArrayList<>();
    counts
        .get("byStatus")
        .fields()
        .forEachRemaining(
            status -> {
              if (value(metrics, queue(status.getKey())) != status.getValue().asDouble()) {
                differ.add(status.getKey());
              }
            });
    if (value(metrics, key("madoguchi_queue_overdue")) != counts.get("overdue").asDouble()) {
      differ.add("overdue");
    }
    assertThat(counts.get("byStatus").size()).isGreaterThan(5);
    return differ;
  }

  @Test
  void aSubmissionAndItsAcceptanceMoveTheIntakeQueueAndDeliveryFigures() {
    Map<String, Double> before = scrape();
    String intakeCount = intakeKey("_count", WAITING);

    WorkflowIT.Submitted submitted = WorkflowIT.submit(WAITING);
    // the queue figures are read at most once a second, so wait for both to show the submission
    Map<String, Double> received =
        awaitScrape(
            m ->
                value(m, intakeCount) == value(before, intakeCount) + 1
                    && value(m, queue("RECEIVED")) == value(before, queue("RECEIVED")) + 1,
            "intake count and RECEIVED");
    assertThat(value(received, intakeKey("_sum", WAITING)))
        .isGreaterThan(value(before, intakeKey("_sum", WAITING)));
    // its intake transaction's lock hold: counted, and within the 10 s bucket (any other intake
    // meanwhile, e.g. the portal pull, only adds)
    String holds = key("madoguchi_intake_lock_hold_seconds_count");
    String withinTenSeconds = key("madoguchi_intake_lock_hold_within_total", "le", "10");
    assertThat(value(received, holds)).isGreaterThanOrEqualTo(value(before, holds) + 1);
    assertThat(value(received, withinTenSeconds))
        .isGreaterThanOrEqualTo(value(before, withinTenSeconds) + 1);

    assertThat(submitted.step(Linkage.CLERK, "START_REVIEW", null).status()).isEqualTo(200);
    assertThat(submitted.step(Linkage.CLERK, "ACCEPT", null).status()).isEqualTo(200);
    String pending = delivery(WAITING, "PENDING");
    awaitScrape(
        m ->
            value(m, pending) == value(received, pending) + 1
                && value(m, queue("ACCEPTED")) == value(received, queue("ACCEPTED")) + 1
                && value(m, queue("RECEIVED")) == value(received, queue("RECEIVED")) - 1,
        "a PENDING delivery, one more ACCEPTED and one less RECEIVED");
  }

  @Test
  void aDeliveryThatGivesUpIsCountedAsParkedOnItsRoute() {
    String parked = delivery(PARKING, "PARKED");
    Map<String, Double> before = scrape();

    Linkage.accepted(PARKING);

    awaitScrape(m -> value(m, parked) == value(before, parked) + 1, "a PARKED delivery");
  }

  @Test
  void aPortalPollSetsTheLastSuccessTime() {
    String lastSuccess = key("madoguchi_portal_pull_last_success_timestamp_seconds");
    Instant asked = Instant.now().minusSeconds(1);

    Reply poll =
        Linkage.IT_ADMIN.post("/api/v1/admin/portal/poll", "application/json", new byte[0]);
    assertThat(poll.status()).as(poll.text()).isEqualTo(200);

    Map<String, Double> after =
        awaitScrape(m -> value(m, lastSuccess) >= asked.getEpochSecond(), "the poll's time");
    assertThat(value(after, lastSuccess)).isLessThanOrEqualTo(Instant.now().getEpochSecond());
    assertThat(value(after, key("madoguchi_portal_pull_enabled"))).isEqualTo(1.0);
    assertThat(value(after, key("madoguchi_portal_pull_consecutive_failures"))).isEqualTo(0.0);
  }

  private static String intakeKey(String suffix, String procedure) {
    return key("madoguchi_intake_seconds" + suffix, "outcome", "created", "procedure", procedure);
  }

  private static String queue(String status) {
    return key("madoguchi_queue_applications", "status", status);
  }

  /** The gauge of the procedure's route (as configured in {@link #routes}) in the status. */
  private static String delivery(String procedure, String status) {
    String route =
        Linkage.IT_ADMIN
            .get("/api/v1/admin/linkage-routes/" + procedure)
            .json()
            .get("route")
            .asText();
    return key("madoguchi_deliveries", "procedure", procedure, "route", route, "status", status);
  }

  /** A sample's key: its name and labels (sorted), with the scope label of application metrics. */
  private static String key(String name, String... labelAndValue) {
    Map<String, String> labels = new TreeMap<>();
    labels.put("mp_scope", "application");
    for (int i = 0; i < labelAndValue.length; i += 2) {
      labels.put(labelAndValue[i], labelAndValue[i + 1]);
    }
    return name + labelsText(labels);
  }

  private static String labelsText(Map<String, String> sorted) {
    if (sorted.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder("{");
    sorted.forEach((label, v) -> text.append(label).append("=\"").append(v).append("\","));
    text.setLength(text.length() - 1);
    return text.append('}').toString();
  }

  private static double value(Map<String, Double> metrics, String key) {
    return metrics.getOrDefault(key, 0.0);
  }

  private static Map<String, Double> awaitScrape(
      java.util.function.Predicate<Map<String, Double>> condition, String what) {
    return Linkage.await(OperatorMetricsIT::scrape, condition, what);
  }

  private static String scrapeText() {
    Reply reply = SCRAPER.get("/metrics");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("text/plain");
    return reply.text();
  }

  private static Map<String, Double> scrape() {
    return parse(scrapeText());
  }

  /** Samples by name and labels (sorted as in {@link #key}). */
  private static Map<String, Double> parse(String text) {
    Map<String, Double> samples = new HashMap<>();
    for (String line : text.split("\n")) {
      Matcher sample = SAMPLE.matcher(line.trim());
      if (!line.startsWith("#") && sample.matches()) {
        samples.put(
            sample.group(1) + sortedLabels(sample.group(2)), Double.valueOf(sample.group(3)));
      }
    }
    return samples;
  }

  private static String sortedLabels(String labels) {
    Map<String, String> sorted = new TreeMap<>();
    Matcher label = LABEL.matcher(labels == null ? "" : labels);
    while (label.find()) {
      sorted.put(label.group(1), label.group(2));
    }
    return labelsText(sorted);
  }
}
