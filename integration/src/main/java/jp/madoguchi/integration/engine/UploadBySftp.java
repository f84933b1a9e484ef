package jp.madoguchi.integration.engine;

import java.nio.charset.StandardCharsets;
import jp.madoguchi.integration.config.FileSettings;
import jp.madoguchi.integration.config.SftpAddress;
import jp.madoguchi.integration.config.SftpSettings;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.component.file.remote.SftpComponent;
import org.apache.camel.component.file.remote.SftpEndpoint;
import org.apache.camel.support.service.ServiceHelper;

/**
 * FILE_EXPORT to an SFTP server through Camel's SFTP component: the rendered file is uploaded under
 * a temporary name ({@code <name>.part}) and renamed when complete, so the core system never picks
 * up half a file; it gets the route's mode. The server must present the pinned host key; the login
 * uses the route's password or private key. Each upload uses an endpoint of its own, built from the
 * delivery's route version, so a changed route applies at once and no secret sits in an endpoint
 * URI or registry. A failure is thrown with the server, the directory and the SSH reason.
 */
final class UploadBySftp implements Processor {

  static final int CONNECT_TIMEOUT_MS = 10_000;
  static final int READ_TIMEOUT_MS = 30_000;

  @Override
  public void process(Exchange exchange) throws Exception {
    FileSettings file = DeliveryExchange.delivery(exchange).route().file();
    SftpAddress address =
        file.sftpAddress()
            .orElseThrow(() -> new IllegalStateException("route has no SFTP address"));
    SftpEndpoint endpoint = endpoint(exchange, address, file, "&tempFileName=${file:name}.part");
    Exchange upload = endpoint.createExchange();
    upload.getIn().setBody(DeliveryExchange.rendered(exchange).content());
    upload.getIn().setHeader(Exchange.FILE_NAME, DeliveryExchange.fileName(exchange));
    Producer producer = endpoint.createProducer();
    try {
      ServiceHelper.startService(endpoint, producer);
      producer.process(upload);
    } catch (Exception e) {
      upload.setException(e);
    } finally {
      ServiceHelper.stopService(producer, endpoint);
    }
    if (upload.getException() != null) {
      throw new SftpDeliveryException(address, upload.getException());
    }
  }

  /**
   * An endpoint of the context's SFTP component for the address and the route's login, checking the
   * pinned host key; {@code options} adds to the URI (no secrets there).
   */
  static SftpEndpoint endpoint(
      Exchange exchange, SftpAddress address, FileSettings file, String options) throws Exception {
    SftpComponent component = exchange.getContext().getComponent("sftp", SftpComponent.class);
    String mode = file.mode().substring(file.mode().length() - 3);
    SftpEndpoint endpoint =
        (SftpEndpoint)
            component.createEndpoint(
                "sftp://"
                    + address.host()
                    + ":"
                    + address.port()
                    + "/"
                    + address.directory()
                    + "?binary=true&fileExist=Override&autoCreate=false&disconnect=true"
                    + "&strictHostKeyChecking=yes&useUserKnownHostsFile=false"
                    + "&throwExceptionOnConnectFailed=true&maximumReconnectAttempts=0"
                    + "&connectTimeout="
                    + CONNECT_TIMEOUT_MS
                    + "&soTimeout="
                    + READ_TIMEOUT_MS
                    + "&timeout="
                    + READ_TIMEOUT_MS
                    + "&chmod="
                    + mode
                    + options);
    SftpSettings login = file.sftp();
    var configuration = endpoint.getConfiguration();
    configuration.setUsername(login.username());
    configuration.setPassword(login.password());
    if (login.privateKey() != null) {
      configuration.setPrivateKey(login.privateKey().getBytes(StandardCharsets.UTF_8));
      configuration.setPrivateKeyPassphrase(login.privateKeyPassphrase());
    }
    configuration.setKnownHosts(
        (login.knownHostsLine(address) + "\n").getBytes(StandardCharsets.US_ASCII));
    return endpoint;
  }
}
