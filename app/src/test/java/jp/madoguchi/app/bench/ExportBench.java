package jp.madoguchi.app.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import jp.madoguchi.app.it.Api;
import jp.madoguchi.app.it.MadoguchiServer;

/** The routes the export benchmark uses: BATCH on one procedure, FILE_EXPORT on another. */
final class ExportBench {

  static final String BATCH_PROCEDURE = "CC-09";
  static final String FILE_PROCEDURE = "CC-10";

  private ExportBench() {}

  static void configureRoutes(MadoguchiServer server) throws java.io.IOException {
    java.nio.file.Files.createDirectories(server.exportRoot().resolve("bench"));
    put(server, BATCH_PROCEDURE, route("BATCH", null));
    put(
        server,
        FILE_PROCEDURE,
        route("FILE_EXPORT", server.exportRoot().resolve("bench").toString()));
  }

  private static ObjectNode route(String pattern, String directory) {
    ObjectNode route = Api.JSON.createObjectNode().put("pattern", pattern).put("enabled", true);
    ObjectNode file = route.putObject("file").put("encoding", "CP932").put("header", true);
    if (directory != null) {
      file.put("directory", directory);
    }
    var columns = file.putArray("columns");
    columns.addObject().put("name", "受付番号").put("source", "receiptNumber");
    columns.addObject().put("name", "氏名").put("source", "applicant.name");
    columns.addObject().put("name", "住所").put("source", "applicant.address");
    return route;
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
