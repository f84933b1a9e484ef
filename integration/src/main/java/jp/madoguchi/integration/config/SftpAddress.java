package jp.madoguchi.integration.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Where an SFTP route writes: {@code sftp://host[:port]/directory} (port 22 when not given). */
public record SftpAddress(String host, int port, String directory) {

  public static final String SCHEME = "sftp://";
  public static final int DEFAULT_PORT = 22;

  /** True when the directory of a route names an SFTP server rather than a local directory. */
  public static boolean isSftp(String directory) {
    return directory != null
        && directory.strip().regionMatches(true, 0, SCHEME, 0, SCHEME.length());
  }

  /** The address; empty when the text is not {@code sftp://host[:port]/absolute-directory}. */
  public static Optional<SftpAddress> parse(String text) {
    if (!isSftp(text)) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(text.strip());
      String path = uri.getPath();
      if (uri.getHost() == null
          || uri.getUserInfo() != null
          || uri.getQuery() != null
          || path == null
          || !path.startsWith("/")) {
        return Optional.empty();
      }
      String directory =
          path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
      return Optional.of(
          new SftpAddress(
              uri.getHost(), uri.getPort() > 0 ? uri.getPort() : DEFAULT_PORT, directory));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** {@code host:port} as operators read it in an error. */
  public String hostAndPort() {
    return host + ":" + port;
  }

  @Override
  public String toString() {
    return SCHEME + hostAndPort() + directory;
  }
}
