package jp.madoguchi.portal.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portal's pull API played by a JDK HttpServer on 127.0.0.1 (docs/portal-pull.md): login, list
 * of unconfirmed packages, package download, receipt confirmation (with Madoguchi's outcome).
 * Packages are signed by a test CA made at run time, whose certificate and CRL it writes for the
 * server that pulls from it. It can be taken down, and can fail one confirmation (a crash between
 * fetch and confirm). Used by the integration tests and, through {@link DemoPortal}, by demo mode.
 */
public final class PortalSimulator implements AutoCloseable {

  public static final String USER = "madoguchi";
  public static final String PASSWORD = "simulator-secret";
  static final ObjectMapper JSON = new ObjectMapper();

  /** What Madoguchi said when it confirmed a package: its outcome and, for refusals, why. */
  public record Confirmation(String outcome, String reason) {}

  private final HttpServer server;
  private final TestCertificateAuthority ca = TestCertificateAuthority.create("Test JPKI CA");
  private final Path crlFile;
  private final Path anchorsFile;
  private final Map<String, byte[]> packages = new LinkedHashMap<>();
  private final Map<String, Confirmation> confirmed = new HashMap<>();
  private final Set<String> failConfirmOnce = new HashSet<>();
  private final Map<String, Integer> fetches = new ConcurrentHashMap<>();
  private final Set<String> tokens = ConcurrentHashMap.newKeySet();
  private volatile boolean down;

  private PortalSimulator(Path directory, int port) throws IOException {
    Files.createDirectories(directory);
    anchorsFile = directory.resolve("trust-anchors.pem");
    crlFile = directory.resolve("crl.pem");
    try {
      Files.writeString(
          anchorsFile, TestCertificateAuthority.pem("CERTIFICATE", ca.certificate().getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    writeCrl();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/api/", this::handle);
  }

  /**
   * A simulator listening on 127.0.0.1:{@code port} (0: any free port), with a new CA whose
   * certificate and CRL are written to {@code directory}.
   */
  public static PortalSimulator start(Path directory, int port) {
    try {
      PortalSimulator simulator = new PortalSimulator(directory, port);
      simulator.server.start();
      return simulator;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HttpServer httpServer() {
    return server;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public Path trustAnchorsFile() {
    return anchorsFile;
  }

  public Path crlFile() {
    return crlFile;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /**
   * Environment for a Madoguchi server pulling from this simulator every {@code intervalSeconds}.
   */
  public Map<String, String> serverEnvironment(int intervalSeconds) {
    return Map.of(
        "MADOGUCHI_PORTAL_ENABLED",
        "true",
        "MADOGUCHI_PORTAL_BASE_URL",
        baseUrl(),
        "MADOGUCHI_PORTAL_USERNAME",
        USER,
        "MADOGUCHI_PORTAL_PASSWORD",
        PASSWORD,
        "MADOGUCHI_PORTAL_INTERVAL_SECONDS",
        Integer.toString(intervalSeconds),
        "MADOGUCHI_PORTAL_TRUST_ANCHORS",
        anchorsFile.toAbsolutePath().toString(),
        "MADOGUCHI_PORTAL_CRL",
        crlFile.toAbsolutePath().toString());
  }

  public TestCertificateAuthority ca() {
    return ca;
  }

  /** A signer whose certificate is on the CRL the server reads. */
  public Signer revokedSigner(String name) {
    Signer signer = ca.issue(name);
    ca.revoke(signer.certificate());
    writeCrl();
    return signer;
  }

  public synchronized void publish(String receiptNumber, byte[] packageZip) {
    packages.put(receiptNumber, packageZip);
    confirmed.remove(receiptNumber);
  }

  /** Offers an already confirmed package again (the portal sending a duplicate). */
  public synchronized void offerAgain(String receiptNumber) {
    confirmed.remove(receiptNumber);
  }

  public synchronized void failConfirmationOnce(String receiptNumber) {
    failConfirmOnce.add(receiptNumber);
  }

  public void down(boolean down) {
    this.down = down;
  }

  public synchronized boolean isConfirmed(String receiptNumber) {
    return confirmed.containsKey(receiptNumber);
  }

  /** How Madoguchi confirmed the package, if it has. */
  public synchronized Optional<Confirmation> confirmation(String receiptNumber) {
    return Optional.ofNullable(confirmed.get(receiptNumber));
  }

  /** The receipt numbers published, oldest first. */
  public synchronized List<String> receiptNumbers() {
    return new ArrayList<>(packages.keySet());
  }

  public int fetchCount(String receiptNumber) {
    return fetches.getOrDefault(receiptNumber, 0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (down) {
        respond(exchange, 503, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String path = exchange.getRequestURI().getRawPath();
      String method = exchange.getRequestMethod();
      if (method.equals("POST") && path.equals("/api/login")) {
        login(exchange);
        return;
      }
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      if (auth == null || !tokens.contains(auth.replaceFirst("^Bearer ", ""))) {
        respond(exchange, 401, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (method.equals("GET") && path.equals("/api/applications")) {
        respond(exchange, 200, "application/json", list());
      } else if (method.equals("GET") && path.endsWith("/package")) {
        String receipt = receipt(path, "/package");
        byte[] zip;
        synchronized (this) {
          zip = packages.get(receipt);
        }
        fetches.merge(receipt, 1, Integer::sum);
        respond(
            exchange, zip == null ? 404 : 200, "application/zip", zip == null ? new byte[0] : zip);
      } else if (method.equals("POST") && path.endsWith("/receipt")) {
        JsonNode body = readJson(exchange);
        Confirmation confirmation =
            new Confirmation(
                body.path("outcome").asText("UNKNOWN"),
                body.hasNonNull("reason") ? body.path("reason").asText() : null);
        respond(
            exchange,
            confirm(receipt(path, "/receipt"), confirmation),
            "application/json",
            new byte[0]);
      } else {
        respond(exchange, 404, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private void login(HttpExchange exchange) throws IOException {
    JsonNode body = readJson(exchange);
    if (!USER.equals(body.path("username").asText())
        || !PASSWORD.equals(body.path("password").asText())) {
      respond(exchange, 401, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
      return;
    }
    String token = UUID.randomUUID().toString();
    tokens.add(token);
    ObjectNode answer = JSON.createObjectNode().put("token", token);
    respond(exchange, 200, "application/json", JSON.writeValueAsBytes(answer));
  }

  private synchronized byte[] list() throws IOException {
    ObjectNode answer = JSON.createObjectNode();
    ArrayNode items = answer.putArray("items");
    for (String receipt : packages.keySet()) {
      if (!confirmed.containsKey(receipt)) {
        items.addObject().put("receiptNumber", receipt);
      }
    }
    return JSON.writeValueAsBytes(answer);
  }

  private synchronized int confirm(String receipt, Confirmation confirmation) {
    if (!packages.containsKey(receipt)) {
      return 404;
    }
    if (failConfirmOnce.remove(receipt)) {
      return 503;
    }
    confirmed.put(receipt, confirmation);
    return 204;
  }

  private static JsonNode readJson(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    return body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
  }

  private static String receipt(String path, String suffix) {
    String encoded = path.substring("/api/applications/".length(), path.length() - suffix.length());
    return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
  }

  static void respond(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type);
    if (status == 204) {
      exchange.sendResponseHeaders(204, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
  }

  private synchronized void writeCrl() {
    try {
      Files.writeString(crlFile, TestCertificateAuthority.pem("X509 CRL", ca.crl().getEncoded()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
