package jp.madoguchi.portal.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jp.madoguchi.forms.samples.SampleApplications;

/**
 * The portal simulator of demo mode ({@code ./madoguchi} starts it): a {@link PortalSimulator} on
 * 127.0.0.1 with a CA made at start-up, offering the demo set — ten good packages of different
 * procedures, the five kinds that fail verification and one unreadable package — until Madoguchi
 * has confirmed them all. It writes, in its directory, the environment for Madoguchi ({@code
 * madoguchi-portal.env}) and the 番号紐付情報 of the ten good packages' signers ({@code
 * resident-certificates.csv}). {@code GET /simulator/packages} lists what it offered and how
 * Madoguchi confirmed each; {@code POST /simulator/packages?kind=GOOD&procedure=CC-01} offers one
 * more package of any {@link PackageKind}.
 *
 * <p>Arguments: {@code <directory> <port> <poll interval seconds>}.
 */
public final class DemoPortal {

  /** The procedures of the ten good demo packages. */
  static final List<String> GOOD_PROCEDURES =
      List.of(
          "CC-01", "CC-02", "CC-06", "CC-10", "LTC-01", "LTC-03", "LTC-05", "DIS-01", "CAR-01",
          "MOV-OUT");

  private final PortalSimulator portal;
  private final PackageMaker maker;
  private final Path directory;
  private final String prefix;
  private final AtomicInteger sequence = new AtomicInteger();
  private final Map<String, PackageKind> kinds = new LinkedHashMap<>();

  private DemoPortal(PortalSimulator portal, Path directory) {
    this.portal = portal;
    this.maker = new PackageMaker(portal);
    this.directory = directory;
    this.prefix =
        "PS-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: DemoPortal <directory> <port> <poll interval seconds>");
      System.exit(2);
    }
    Path directory = Path.of(args[0]).toAbsolutePath();
    Files.createDirectories(directory);
    PortalSimulator portal = PortalSimulator.start(directory, Integer.parseInt(args[1]));
    DemoPortal demo = new DemoPortal(portal, directory);
    portal.httpServer().createContext("/simulator/packages", demo::packages);
    demo.writeEnvironment(Integer.parseInt(args[2]));
    Path done = directory.resolve("demo-set-confirmed");
    if (Files.exists(done)) {
      System.out.println("[portal-simulator] the demo set was confirmed on an earlier start");
    } else {
      demo.publishDemoSet();
      ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor();
      watcher.scheduleWithFixedDelay(
          () -> demo.markWhenAllConfirmed(done, watcher), 5, 5, TimeUnit.SECONDS);
    }
    System.out.println("[portal-simulator] listening on " + portal.baseUrl());
  }

  private void publishDemoSet() throws IOException {
    StringBuilder csv = new StringBuilder("issuer,serial,residentId\n");
    int resident = 0;
    for (String procedure : GOOD_PROCEDURES) {
      PackageMaker.Made made = offer(PackageKind.GOOD, procedure);
      X509Certificate certificate = made.signer().certificate();
      csv.append('"')
          .append(certificate.getIssuerX500Principal().getName())
          .append("\",")
          .append(certificate.getSerialNumber().toString(16))
          .append(",R-DEMO-")
          .append(String.format("%04d", ++resident))
          .append('\n');
    }
    for (PackageKind kind : PackageKind.values()) {
      if (kind != PackageKind.GOOD) {
        offer(kind, "CC-01");
      }
    }
    writeAtomically(directory.resolve("resident-certificates.csv"), csv.toString());
  }

  private synchronized PackageMaker.Made offer(PackageKind kind, String procedure) {
    String receipt = prefix + "-" + String.format("%02d", sequence.incrementAndGet());
    PackageMaker.Made made = maker.publish(kind, procedure, receipt);
    kinds.put(receipt, kind);
    return made;
  }

  private synchronized void markWhenAllConfirmed(Path done, ScheduledExecutorService watcher) {
    if (kinds.keySet().stream().allMatch(portal::isConfirmed)) {
      try {
        writeAtomically(done, "confirmed\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      watcher.shutdown();
    }
  }

  private void writeEnvironment(int intervalSeconds) throws IOException {
    StringBuilder env = new StringBuilder();
    portal
        .serverEnvironment(intervalSeconds)
        .forEach(
            (key, value) ->
                env.append("export ").append(key).append("='").append(value).append("'\n"));
    writeAtomically(directory.resolve("madoguchi-portal.env"), env.toString());
  }

  private void packages(HttpExchange exchange) throws IOException {
    try (exchange) {
      switch (exchange.getRequestMethod()) {
        case "GET" -> PortalSimulator.respond(exchange, 200, "application/json", list());
        case "POST" -> offerRequested(exchange);
        default ->
            PortalSimulator.respond(
                exchange, 405, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private synchronized byte[] list() throws IOException {
    ObjectNode answer = PortalSimulator.JSON.createObjectNode();
    ArrayNode items = answer.putArray("items");
    kinds.forEach(
        (receipt, kind) -> {
          ObjectNode item = items.addObject();
          item.put("receiptNumber", receipt).put("kind", kind.name()).put("label", kind.label());
          item.put("fetches", portal.fetchCount(receipt));
          item.put("confirmed", portal.isConfirmed(receipt));
          portal
              .confirmation(receipt)
              .ifPresent(c -> item.put("outcome", c.outcome()).put("reason", c.reason()));
        });
    return PortalSimulator.JSON.writeValueAsBytes(answer);
  }

  private void offerRequested(HttpExchange exchange) throws IOException {
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    PackageKind kind;
    try {
      kind = PackageKind.valueOf(query.getOrDefault("kind", "GOOD"));
    } catch (IllegalArgumentException e) {
      problem(exchange, "kind は " + List.of(PackageKind.values()) + " のいずれかです");
      return;
    }
    String procedure = query.getOrDefault("procedure", "CC-01");
    if (!SampleApplications.codes().contains(procedure)) {
      problem(exchange, "procedure は手続コード（例: CC-01）です");
      return;
    }
    PackageMaker.Made made;
    try {
      made = offer(kind, procedure);
    } catch (IllegalArgumentException e) {
      problem(exchange, e.getMessage());
      return;
    }
    ObjectNode answer = PortalSimulator.JSON.createObjectNode();
    answer.put("receiptNumber", made.receiptNumber()).put("kind", kind.name());
    if (made.signer() != null) {
      X509Certificate certificate = made.signer().certificate();
      answer.put("certificateIssuer", certificate.getIssuerX500Principal().getName());
      answer.put("certificateSerial", certificate.getSerialNumber().toString(16));
    }
    PortalSimulator.respond(
        exchange, 201, "application/json", PortalSimulator.JSON.writeValueAsBytes(answer));
  }

  private static void problem(HttpExchange exchange, String detail) throws IOException {
    ObjectNode problem = PortalSimulator.JSON.createObjectNode();
    problem.put("title", "リクエストが正しくありません").put("status", 400).put("detail", detail);
    PortalSimulator.respond(
        exchange, 400, "application/problem+json", PortalSimulator.JSON.writeValueAsBytes(problem));
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> values = new LinkedHashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          values.put(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return values;
  }

  private static void writeAtomically(Path file, String text) throws IOException {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(temporary, text);
    Files.move(
        temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
