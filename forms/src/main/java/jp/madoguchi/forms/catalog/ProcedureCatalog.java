package jp.madoguchi.forms.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every procedure definition on the classpath, all versions. {@code procedures/index.json} lists
 * the definition files in catalog order; each file holds one version of one procedure.
 */
public final class ProcedureCatalog {

  private static final String INDEX = "procedures/index.json";

  private final Map<String, List<ProcedureDefinition>> versionsByCode;

  private ProcedureCatalog(Map<String, List<ProcedureDefinition>> versionsByCode) {
    this.versionsByCode = versionsByCode;
  }

  /** Reads the catalog shipped in this module. */
  public static ProcedureCatalog loadDefault() {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, List<ProcedureDefinition>> byCode = new LinkedHashMap<>();
    for (JsonNode file : read(mapper, INDEX).path("files")) {
      ProcedureDefinition definition =
          mapper.convertValue(
              read(mapper, "procedures/" + file.asText()), ProcedureDefinition.class);
      byCode.computeIfAbsent(definition.code(), code -> new ArrayList<>()).add(definition);
    }
    byCode
        .values()
        .forEach(list -> list.sort(Comparator.comparingInt(ProcedureDefinition::version)));
    return new ProcedureCatalog(byCode);
  }

  private static JsonNode read(ObjectMapper mapper, String resource) {
    try (InputStream in = ProcedureCatalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing catalog resource " + resource);
      }
      return mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable catalog resource " + resource, e);
    }
  }

  /** The newest version of every procedure, in catalog order. */
  public List<ProcedureDefinition> latest() {
    return versionsByCode.values().stream().map(list -> list.get(list.size() - 1)).toList();
  }

  public Optional<ProcedureDefinition> latest(String code) {
    List<ProcedureDefinition> versions = versionsByCode.get(code);
    return versions == null ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }

  public Optional<ProcedureDefinition> version(String code, int version) {
    return versionsByCode.getOrDefault(code, List.of()).stream()
        .filter(definition -> definition.version() == version)
        .findFirst();
  }
}
