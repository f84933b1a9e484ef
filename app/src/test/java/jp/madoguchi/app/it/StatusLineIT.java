package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Error responses carry the standard reason phrase on their status line (not "CUSTOM"). */
class StatusLineIT {

  @Test
  void aValidationFailureSaysUnprocessableEntityOnTheStatusLine() throws Exception {
    assertThat(statusLine("POST", "/api/v1/applications", "portal:portal-demo", "{}"))
        .isEqualTo("HTTP/1.1 422 Unprocessable Entity");
  }

  @Test
  void commonErrorsKeepTheirStandardReasonPhrases() throws Exception {
    assertThat(statusLine("GET", "/api/v1/intake", null, null))
        .isEqualTo("HTTP/1.1 401 Unauthorized");
    assertThat(statusLine("GET", "/api/v1/procedures/XX-99", null, null))
        .isEqualTo("HTTP/1.1 404 Not Found");
  }

  private static String statusLine(String method, String path, String login, String body)
      throws Exception {
    MadoguchiServer server = MadoguchiServer.get();
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder request = new StringBuilder();
    request.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    request.append("Host: 127.0.0.1:").append(server.port()).append("\r\n");
    request.append("Connection: close\r\n");
    if (login != null) {
      request
          .append("Authorization: Basic ")
          .append(Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)))
          .append("\r\n");
    }
    if (body != null) {
      request.append("Content-Type: application/json\r\n");
      request.append("Content-Length: ").append(content.length).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
      out.write(content);
      out.flush();
      return new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
    }
  }
}
