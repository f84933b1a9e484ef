package jp.madoguchi.integration.sftp;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A real SFTP server (Apache MINA SSHD) for the tests: on a free port of 127.0.0.1, serving {@code
 * root} as {@code /}, with a fresh ECDSA host key and one user with a password.
 */
public final class EmbeddedSftpServer implements AutoCloseable {

  public static final String USER = "renkei";
  public static final String PASSWORD = "renkei-secret";

  private final SshServer server;
  private final KeyPair hostKey;

  private EmbeddedSftpServer(SshServer server, KeyPair hostKey) {
    this.server = server;
    this.hostKey = hostKey;
  }

  public static EmbeddedSftpServer start(Path root) throws IOException {
    KeyPair hostKey = newKeyPair();
    SshServer server = SshServer.setUpDefaultServer();
    server.setHost("127.0.0.1");
    server.setPort(0);
    server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
    server.setPasswordAuthenticator(
        (user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
    server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
    server.setFileSystemFactory(new VirtualFileSystemFactory(root));
    server.start();
    return new EmbeddedSftpServer(server, hostKey);
  }

  /** A key pair of the host key's kind, e.g. to pin the wrong key. */
  public static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A public key as {@code ssh-keyscan} prints it: {@code ecdsa-sha2-nistp256 AAAA…}. */
  public static String openSsh(KeyPair keyPair) {
    return PublicKeyEntry.toString(keyPair.getPublic());
  }

  /** This server's host key as an SFTP route pins it. */
  public String hostKey() {
    return openSsh(hostKey);
  }

  public int port() {
    return server.getPort();
  }

  /** {@code sftp://127.0.0.1:port/directory} for a route. */
  public String address(String directory) {
    return "sftp://127.0.0.1:" + port() + directory;
  }

  @Override
  public void close() throws IOException {
    server.stop(true);
  }
}
