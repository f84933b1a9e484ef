package jp.madoguchi.integration.engine;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import jp.madoguchi.integration.config.SftpAddress;

/**
 * An SFTP upload (or check) that failed, said as an operator can act on it: the server, the
 * directory and the reason in Japanese with the SSH library's own words in brackets. SSH messages
 * name hosts, keys and paths, never the content of a file.
 */
public final class SftpDeliveryException extends RuntimeException {

  public SftpDeliveryException(SftpAddress address, Throwable failure) {
    super("SFTPで送信できません（" + address + "）: " + reason(failure), failure);
  }

  /** The reason of a failed SFTP operation, from the innermost cause that says something. */
  public static String reason(Throwable failure) {
    String ssh = "";
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException) {
        return "ホスト名を解決できません（" + t.getMessage() + "）";
      }
      if (t instanceof ConnectException || t instanceof SocketTimeoutException) {
        return "接続できません（" + t.getMessage() + "）";
      }
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        ssh = t.getMessage();
      }
    }
    String lower = ssh.toLowerCase(Locale.ROOT);
    if (lower.contains("hostkey") || lower.contains("host key")) {
      return "サーバーのホスト鍵が設定された鍵と一致しません（" + ssh + "）";
    }
    if (lower.contains("auth fail") || lower.contains("auth cancel")) {
      return "認証に失敗しました。ユーザー名とパスワードまたは秘密鍵を確認してください（" + ssh + "）";
    }
    if (lower.contains("no such file") || lower.contains("change directory")) {
      return "ディレクトリがありません（" + ssh + "）";
    }
    if (lower.contains("permission denied")) {
      return "書き込みの権限がありません（" + ssh + "）";
    }
    if (lower.contains("timeout") || lower.contains("timed out")) {
      return "応答がありません（" + ssh + "）";
    }
    return ssh.isEmpty() ? failure.getClass().getSimpleName() : ssh;
  }
}
