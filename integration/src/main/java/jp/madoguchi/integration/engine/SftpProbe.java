package jp.madoguchi.integration.engine;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SftpException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import jp.madoguchi.integration.config.FileSettings;
import jp.madoguchi.integration.config.SftpAddress;
import jp.madoguchi.integration.config.SftpSettings;

/**
 * The route test of an SFTP route: connects as a delivery would (pinned host key, the route's
 * login) and checks that the directory exists; writes nothing. Uses the SSH library of Camel's SFTP
 * component.
 */
public final class SftpProbe {

  /** What the check found: {@code ok}, and a sentence for the operator. */
  public record Result(boolean ok, String detail) {}

  private SftpProbe() {}

  public static Result check(FileSettings file) {
    SftpAddress address =
        file.sftpAddress().orElseThrow(() -> new IllegalArgumentException("not an SFTP route"));
    SftpSettings login = file.sftp();
    Session session = null;
    try {
      JSch jsch = new JSch();
      jsch.setKnownHosts(
          new ByteArrayInputStream(
              (login.knownHostsLine(address) + "\n").getBytes(StandardCharsets.US_ASCII)));
      if (login.privateKey() != null) {
        jsch.addIdentity(
            "route",
            login.privateKey().getBytes(StandardCharsets.UTF_8),
            null,
            login.privateKeyPassphrase() == null
                ? null
                : login.privateKeyPassphrase().getBytes(StandardCharsets.UTF_8));
      }
      session = jsch.getSession(login.username(), address.host(), address.port());
      if (login.password() != null) {
        session.setPassword(login.password());
      }
      session.setConfig("StrictHostKeyChecking", "yes");
      session.connect(UploadBySftp.CONNECT_TIMEOUT_MS);
      ChannelSftp channel = (ChannelSftp) session.openChannel("sftp");
      channel.connect(UploadBySftp.CONNECT_TIMEOUT_MS);
      try {
        if (!channel.stat(address.directory()).isDir()) {
          return new Result(false, "ディレクトリではありません: " + address);
        }
      } finally {
        channel.disconnect();
      }
      return new Result(true, "接続し、ホスト鍵とディレクトリを確認しました: " + address);
    } catch (JSchException | SftpException | RuntimeException e) {
      return new Result(false, new SftpDeliveryException(address, e).getMessage());
    } finally {
      if (session != null) {
        session.disconnect();
      }
    }
  }
}
