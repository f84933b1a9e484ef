package jp.madoguchi.app.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import jp.madoguchi.app.application.OperatingMode;
import jp.madoguchi.app.application.linkage.LinkageRouteService;
import jp.madoguchi.app.application.linkage.LinkageSettings;
import jp.madoguchi.forms.catalog.FieldDefinition;
import jp.madoguchi.forms.catalog.FieldType;
import jp.madoguchi.forms.catalog.ProcedureCatalog;
import jp.madoguchi.forms.catalog.ProcedureDefinition;

/**
 * Demo mode only: gives every procedure without a route one, so each pattern can be seen — CC-01
 * exports CP932 files under {@code madoguchi.linkage.export-root}, LTC-01 posts to {@code
 * madoguchi.linkage.demo-api-url} (a demo setting: nothing answers there unless you start a stub),
 * DIS-01 waits for manual entry, and the others take MANUAL, FILE_EXPORT and BATCH in turn.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoLinkageRoutes {

  private static final Logger LOG = Logger.getLogger(DemoLinkageRoutes.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> ROTATION = List.of("MANUAL", "FILE_EXPORT", "BATCH");

  @Inject OperatingMode mode;
  @Inject ProcedureCatalog catalog;
  @Inject LinkageRouteService routes;
  @Inject LinkageSettings settings;

  @PostConstruct
  void configure() {
    if (!mode.isDemo()) {
      return;
    }
    List<ProcedureDefinition> procedures = catalog.latest();
    Set<String> routed = new HashSet<>();
    routes.list().forEach(r -> routed.add(r.path("procedureCode").asText()));
    int configured = 0;
    for (int i = 0; i < procedures.size(); i++) {
      ProcedureDefinition definition = procedures.get(i);
      if (!routed.contains(definition.code())) {
        routes.put(
            definition.code(), LinkageRouteService.DEFAULT_ROUTE, route(definition, i), "demo");
        configured++;
      }
    }
    int total = configured;
    LOG.info(() -> "デモ用の連携ルートを " + total + " 件設定しました");
  }

  private ObjectNode route(ProcedureDefinition definition, int index) {
    String pattern =
        switch (definition.code()) {
          case "CC-01" -> "FILE_EXPORT";
          case "LTC-01" -> "DIRECT_API";
          case "DIS-01" -> "MANUAL";
          default -> ROTATION.get(index % ROTATION.size());
        };
    ObjectNode route = JSON.createObjectNode();
    route.put("pattern", pattern);
    route.put("trigger", "ON_ACCEPT");
    route.put("enabled", true);
    if (pattern.equals("FILE_EXPORT") || pattern.equals("BATCH")) {
      ObjectNode file = route.putObject("file");
      if (pattern.equals("FILE_EXPORT")) {
        file.put("directory", exportDirectory(definition.code()).toString());
      }
      file.put("encoding", "CP932");
      file.put("header", true);
      columns(definition, file.putArray("columns"));
    }
    if (pattern.equals("DIRECT_API")) {
      route.putObject("api").put("url", settings.demoApiUrl());
    }
    return route;
  }

  private Path exportDirectory(String procedureCode) {
    Path directory = settings.exportRoot().resolve(procedureCode);
    try {
      return Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The receipt number, the applicant's main fields and the form's top-level fields in order. */
  private static void columns(ProcedureDefinition definition, ArrayNode columns) {
    column(columns, "受付番号", "receiptNumber", "TEXT");
    column(columns, "氏名", "applicant.name", "TEXT");
    column(columns, "氏名カナ", "applicant.nameKana", "TEXT");
    column(columns, "生年月日", "applicant.birthDate", "DATE");
    column(columns, "住所", "applicant.address", "TEXT");
    for (FieldDefinition field : definition.fields()) {
      if (!field.type().isContainer()) {
        String kind = field.type() == FieldType.DATE ? "DATE" : "TEXT";
        column(columns, field.label(), "form." + field.key(), kind);
      }
    }
  }

  private static void column(ArrayNode columns, String name, String source, String kind) {
    columns.addObject().put("name", name).put("source", source).put("kind", kind);
  }
}
