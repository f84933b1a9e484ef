package jp.madoguchi.app.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import jp.madoguchi.app.it.Api;
import jp.madoguchi.app.it.Linkage;
import jp.madoguchi.app.it.MadoguchiServer;

/** The routes the export benchmark uses: BATCH on one procedure, FILE_EXPORT on another. */
final class ExportBench {

  static final String BATCH_PROCEDURE = "CC-09";
  static final String FILE_PROCEDURE = "CC-10";

  private ExportBench() {}

  static void configureRoutes(MadoguchiServer server) throws java.io.IOException {
    java.nio.file.Files.createDirectories(server.exportRoot().resolve("bench"));
    put(server, BATCH_PROCEDURE, Linkage.fileRoute("BATCH", null));
    put(
        server,
        FILE_PROCEDURE,
        Linkage.fileRoute("FILE_EXPORT", server.exportRoot().resolve("bench").toString()));
  }

  private static void put(MadoguchiServer server, String procedure, ObjectNode route) {
    Api admin = Api.as(server, "itadmin", "itadmin-demo");
    Api.Reply reply =
        admin.send(
            admin
                .request("/api/v1/admin/linkage-routes/" + procedure)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(route.toString())));
    if (reply.status() != 200) {
      throw new IllegalStateException("route " + procedure + ": " + reply.text());
    }
  }
}
