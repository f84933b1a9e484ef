package jp.madoguchi.app.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Clients that upload a request body one byte at a time (slowloris-style), all driven by one NIO
 * selector thread: each connects from a given local address, sends the request headers of a POST at
 * once, then one byte of the body every {@code dripMillis}. Remembers what each got back (the
 * status line of an answer, or the connection closed).
 */
final class SlowClients implements AutoCloseable {

  private final Selector selector;
  private final List<Client> clients = new ArrayList<>();
  private final long dripMillis;
  private final CountDownLatch headersSent;
  private final Thread thread;
  private volatile boolean running = true;

  private SlowClients(
      InetSocketAddress target, List<InetAddress> sources, String head, long dripMillis)
      throws IOException {
    this.selector = Selector.open();
    this.dripMillis = dripMillis;
    this.headersSent = new CountDownLatch(sources.size());
    for (InetAddress source : sources) {
      SocketChannel channel = SocketChannel.open();
      channel.bind(new InetSocketAddress(source, 0));
      channel.configureBlocking(false);
      Client client = new Client(channel, head.getBytes(StandardCharsets.US_ASCII));
      clients.add(client);
      channel.connect(target);
      channel.register(selector, SelectionKey.OP_CONNECT, client);
    }
    thread = new Thread(this::loop, "slow-clients");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Starts one slow upload per source address (repeat an address for several from it): a POST of
   * {@code path} declaring a body of {@code bodyBytes} bytes, with these extra header lines.
   */
  static SlowClients start(
      InetSocketAddress target,
      List<InetAddress> sources,
      String path,
      String headerLines,
      int bodyBytes,
      long dripMillis)
      throws IOException {
    String head =
        "POST "
            + path
            + " HTTP/1.1\r\nHost: "
            + target.getHostString()
            + "\r\n"
            + headerLines
            + "Content-Type: application/json\r\nContent-Length: "
            + bodyBytes
            + "\r\n\r\n";
    return new SlowClients(target, sources, head, dripMillis);
  }

  /** Waits until every client has connected and sent its headers (or failed to). */
  boolean awaitHeadersSent(long seconds) throws InterruptedException {
    return headersSent.await(seconds, TimeUnit.SECONDS);
  }

  /** How many clients have neither been answered nor disconnected. */
  synchronized int stillUploading() {
    return (int) clients.stream().filter(c -> c.outcome == null).count();
  }

  /** Outcome counts: status lines of answers, "closed", "error: …"; open clients not counted. */
  synchronized Map<String, Integer> outcomes() {
    Map<String, Integer> counts = new TreeMap<>();
    for (Client client : clients) {
      if (client.outcome != null) {
        counts.merge(client.outcome, 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Bytes of body each client has sent so far, at least. */
  synchronized long fewestBodyBytesSent() {
    return clients.stream()
        .filter(c -> c.outcome == null)
        .mapToLong(c -> c.bodySent)
        .min()
        .orElse(0);
  }

  private void loop() {
    long nextDrip = System.currentTimeMillis() + dripMillis;
    try {
      while (running) {
        selector.select(Math.max(1, nextDrip - System.currentTimeMillis()));
        for (SelectionKey key : selector.selectedKeys()) {
          handle(key);
        }
        selector.selectedKeys().clear();
        if (System.currentTimeMillis() >= nextDrip) {
          drip();
          nextDrip += dripMillis;
        }
      }
    } catch (IOException | RuntimeException e) {
      synchronized (this) {
        clients.stream().filter(c -> c.outcome == null).forEach(c -> c.outcome = "error: " + e);
      }
    }
  }

  private void handle(SelectionKey key) {
    Client client = (Client) key.attachment();
    try {
      if (key.isConnectable() && client.channel.finishConnect()) {
        int written = client.channel.write(ByteBuffer.wrap(client.head));
        if (written < client.head.length) {
          ended(client, key, "error: headers not sent at once");
          return;
        }
        synchronized (this) {
          client.counted = true;
        }
        headersSent.countDown();
        key.interestOps(SelectionKey.OP_READ);
      } else if (key.isReadable()) {
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        int read = client.channel.read(buffer);
        if (read > 0) {
          String text = new String(buffer.array(), 0, read, StandardCharsets.ISO_8859_1);
          int end = text.indexOf("\r\n");
          ended(client, key, end > 0 ? text.substring(0, end) : text);
        } else if (read < 0) {
          ended(client, key, "closed");
        }
      }
    } catch (IOException e) {
      ended(client, key, "error: " + e.getMessage());
    }
  }

  private synchronized void ended(Client client, SelectionKey key, String outcome) {
    if (client.outcome == null) {
      client.outcome = outcome;
    }
    if (!client.counted) {
      client.counted = true;
      headersSent.countDown();
    }
    key.cancel();
    closeQuietly(client.channel);
  }

  private synchronized void drip() {
    ByteBuffer space = ByteBuffer.allocate(1);
    for (Client client : clients) {
      if (client.outcome == null && client.channel.isConnected()) {
        space.clear();
        space.put((byte) ' ').flip();
        try {
          client.bodySent += client.channel.write(space);
        } catch (IOException e) {
          client.outcome = "error: " + e.getMessage();
          closeQuietly(client.channel);
        }
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    selector.wakeup();
    thread.join(10_000);
    synchronized (this) {
      clients.forEach(c -> closeQuietly(c.channel));
    }
    try {
      selector.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  private static void closeQuietly(SocketChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // already gone
    }
  }

  private static final class Client {
    final SocketChannel channel;
    final byte[] head;
    long bodySent;
    String outcome;
    boolean counted;

    Client(SocketChannel channel, byte[] head) {
      this.channel = channel;
      this.head = head;
    }
  }
}
