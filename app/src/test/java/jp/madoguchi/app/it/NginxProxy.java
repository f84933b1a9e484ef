package jp.madoguchi.app.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A real nginx ({@code /usr/sbin/nginx}) running the shipped reverse-proxy profile {@code
 * packaging/nginx/madoguchi.conf} in front of a server under test: the profile is used as it is,
 * with only its ports, certificate paths and upstream address replaced, plus a plain-HTTP listener
 * on the same server block (same limits) for clients that do not speak TLS. The TLS certificate is
 * a throwaway self-signed one made with {@code openssl}.
 */
final class NginxProxy implements AutoCloseable {

  static final Path NGINX = Path.of("/usr/sbin/nginx");

  private final Path dir;
  private final Process process;
  private final int tlsPort;
  private final int plainPort;
  private final int redirectPort;

  private NginxProxy(Path dir, Process process, int tlsPort, int plainPort, int redirectPort) {
    this.dir = dir;
    this.process = process;
    this.tlsPort = tlsPort;
    this.plainPort = plainPort;
    this.redirectPort = redirectPort;
  }

  static boolean installed() {
    return Files.isExecutable(NGINX);
  }

  /** Starts nginx with the profile in front of {@code upstreamPort}; waits until it listens. */
  static NginxProxy start(Path dir, int upstreamPort) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    run(
        dir,
        "openssl",
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=madoguchi-test",
        "-addext",
        "subjectAltName=IP:127.0.0.1",
        "-keyout",
        dir.resolve("tls.key").toString(),
        "-out",
        dir.resolve("tls.crt").toString());
    int tls = MadoguchiServer.freePort();
    int plain = MadoguchiServer.freePort();
    int redirect = MadoguchiServer.freePort();
    String profile = Files.readString(profilePath());
    profile =
        replaceOnce(profile, "server 127.0.0.1:8080;", "server 127.0.0.1:" + upstreamPort + ";");
    profile = replaceOnce(profile, "listen 80;", "listen 127.0.0.1:" + redirect + ";");
    profile =
        replaceOnce(
            profile,
            "listen 443 ssl;",
            "listen 127.0.0.1:" + tls + " ssl;\n    listen 127.0.0.1:" + plain + ";");
    profile =
        replaceOnce(profile, "/etc/madoguchi/tls/madoguchi.crt", dir.resolve("tls.crt").toString());
    profile =
        replaceOnce(profile, "/etc/madoguchi/tls/madoguchi.key", dir.resolve("tls.key").toString());
    Files.writeString(dir.resolve("madoguchi.conf"), profile);
    Files.writeString(dir.resolve("nginx.conf"), mainConfig(dir));
    Process process =
        new ProcessBuilder(
                NGINX.toString(),
                "-p",
                dir.toString(),
                "-c",
                dir.resolve("nginx.conf").toString(),
                "-e",
                dir.resolve("error.log").toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("nginx.out").toFile())
            .start();
    NginxProxy proxy = new NginxProxy(dir, process, tls, plain, redirect);
    proxy.awaitListening();
    return proxy;
  }

  /** The shipped profile (the tests run in the app module). */
  static Path profilePath() {
    return Path.of(
            System.getProperty("madoguchi.it.nginx-profile", "../packaging/nginx/madoguchi.conf"))
        .toAbsolutePath()
        .normalize();
  }

  int tlsPort() {
    return tlsPort;
  }

  int redirectPort() {
    return redirectPort;
  }

  InetSocketAddress plainAddress() {
    return new InetSocketAddress("127.0.0.1", plainPort);
  }

  /** Trusts the throwaway certificate of this nginx only. */
  SSLContext trustingItsCertificate() throws IOException, GeneralSecurityException {
    KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
    trust.load(null, null);
    byte[] pem = Files.readAllBytes(dir.resolve("tls.crt"));
    trust.setCertificateEntry(
        "nginx",
        CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pem)));
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context;
  }

  String errorLog() throws IOException {
    Path log = dir.resolve("error.log");
    return Files.exists(log) ? Files.readString(log) : "";
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private void awaitListening() throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "nginx exited: " + Files.readString(dir.resolve("nginx.out")) + errorLog());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", tlsPort), 500);
        return;
      } catch (IOException notYet) {
        process.waitFor(100, TimeUnit.MILLISECONDS);
      }
    }
    throw new IllegalStateException("nginx does not listen on " + tlsPort + ": " + errorLog());
  }

  private static String mainConfig(Path dir) {
    String d = dir.toAbsolutePath().toString();
    return String.join(
        "\n",
        List.of(
            "daemon off;",
            "worker_processes 1;",
            "pid " + d + "/nginx.pid;",
            "error_log " + d + "/error.log warn;",
            "events { worker_connections 4096; }",
            "http {",
            "  access_log " + d + "/access.log;",
            "  client_body_temp_path " + d + "/body;",
            "  proxy_temp_path " + d + "/proxy;",
            "  fastcgi_temp_path " + d + "/fastcgi;",
            "  uwsgi_temp_path " + d + "/uwsgi;",
            "  scgi_temp_path " + d + "/scgi;",
            "  include " + d + "/madoguchi.conf;",
            "}",
            ""));
  }

  private static String replaceOnce(String text, String target, String replacement) {
    int at = text.indexOf(target);
    if (at < 0 || text.indexOf(target, at + 1) >= 0) {
      throw new IllegalStateException(
          "the nginx profile should contain '" + target + "' exactly once");
    }
    return text.substring(0, at) + replacement + text.substring(at + target.length());
  }

  private static void run(Path dir, String... command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("openssl.out").toFile())
            .start();
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(
          String.join(" ", command) + " failed: " + Files.readString(dir.resolve("openssl.out")));
    }
  }
}
