package jp.madoguchi.app.it;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import jp.madoguchi.portal.testca.Signer;
import jp.madoguchi.portal.testca.TestCertificateAuthority;

/**
 * The portal's pull API played by a JDK HttpServer on 127.0.0.1 (README "Portal pull"): login, list
 * of unconfirmed packages, package download, receipt confirmation. Packages are signed by a test CA
 * made at run time, whose certificate and CRL it writes for the server under test. It can be taken
 * down, and can fail one confirmation (a crash between fetch and confirm).
 */
final class PortalSimulator {

  static final String USER = "madoguchi";
  static final String PASSWORD = "simulator-secret";

  private static PortalSimulator shared;

  private final HttpServer server;
  private final TestCertificateAuthority ca = TestCertificateAuthority.create("Test JPKI CA");
  private final Path crlFile;
  private final Path anchorsFile;
  private final Map<String, byte[]> packages = new LinkedHashMap<>();
  private final Set<String> confirmed = new HashSet<>();
  private final Set<String> failConfirmOnce = new HashSet<>();
  private final Map<String, Integer> fetches = new ConcurrentHashMap<>();
  private final Set<String> tokens = ConcurrentHashMap.newKeySet();
  private volatile boolean down;

  private PortalSimulator(Path directory) throws IOException {
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
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/", this::handle);
    server.start();
  }

  /** The simulator of this test run (started before the server under test, which it configures). */
  static synchronized PortalSimulator shared(Path workDir) {
    if (shared == null) {
      try {
        shared = new PortalSimulator(workDir.resolve("portal-simulator"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shared;
  }

  static PortalSimulator get() {
    MadoguchiServer.get();
    return shared;
  }

  /** Environment for the server under test: pull enabled, scheduled polls far apart. */
  Map<String, String> serverEnvironment() {
    return Map.of(
        "MADOGUCHI_PORTAL_ENABLED",
        "true",
        "MADOGUCHI_PORTAL_BASE_URL",
        "http://127.0.0.1:" + server.getAddress().getPort(),
        "MADOGUCHI_PORTAL_USERNAME",
        USER,
        "MADOGUCHI_PORTAL_PASSWORD",
        PASSWORD,
        "MADOGUCHI_PORTAL_INTERVAL_SECONDS",
        "3600",
        "MADOGUCHI_PORTAL_TRUST_ANCHORS",
        anchorsFile.toAbsolutePath().toString(),
        "MADOGUCHI_PORTAL_CRL",
        crlFile.toAbsolutePath().toString());
  }

  TestCertificateAuthority ca() {
    return ca;
  }

  /** A signer whose certificate is on the CRL the server reads. */
  Signer revokedSigner(String name) {
    Signer signer = ca.issue(name);
    ca.revoke(signer.certificate());
    writeCrl();
    return signer;
  }

  synchronized void publish(String receiptNumber, byte[] packageZip) {
    packages.put(receiptNumber, packageZip);
    confirmed.remove(receiptNumber);
  }

  /** Offers an already confirmed package again (the portal sending a duplicate). */
  synchronized void offerAgain(String receiptNumber) {
    confirmed.remove(receiptNumber);
  }

  synchronized void failConfirmationOnce(String receiptNumber) {
    failConfirmOnce.add(receiptNumber);
  }

  void down(boolean down) {
    this.down = down;
  }

  synchronized boolean isConfirmed(String receiptNumber) {
    return confirmed.contains(receiptNumber);
  }

  int fetchCount(String receiptNumber) {
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
        respond(exchange, confirm(receipt(path, "/receipt")), "application/json", new byte[0]);
      } else {
        respond(exchange, 404, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private void login(HttpExchange exchange) throws IOException {
    JsonNode body = Api.JSON.readTree(exchange.getRequestBody());
    if (!USER.equals(body.path("username").asText())
        || !PASSWORD.equals(body.path("password").asText())) {
      respond(exchange, 401, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
      return;
    }
    String token = UUID.randomUUID().toString();
    tokens.add(token);
    ObjectNode answer = Api.JSON.createObjectNode().put("token", token);
    respond(exchange, 200, "application/json", Api.JSON.writeValueAsBytes(answer));
  }

  private synchronized byte[] list() throws IOException {
    ObjectNode answer = Api.JSON.createObjectNode();
    ArrayNode items = answer.putArray("items");
    for (String receipt : packages.keySet()) {
      if (!confirmed.contains(receipt)) {
        items.addObject().put("receiptNumber", receipt);
      }
    }
    return Api.JSON.writeValueAsBytes(answer);
  }

  private synchronized int confirm(String receipt) {
    if (!packages.containsKey(receipt)) {
      return 404;
    }
    if (failConfirmOnce.remove(receipt)) {
      return 503;
    }
    confirmed.add(receipt);
    return 204;
  }

  private static String receipt(String path, String suffix) {
    String encoded = path.substring("/api/applications/".length(), path.length() - suffix.length());
    return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
  }

  private static void respond(HttpExchange exchange, int status, String type, byte[] body)
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
