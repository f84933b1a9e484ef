package jp.madoguchi.forms.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
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
 * the definition files in catalog order; each file holds one version of one procedure. Shared
 * blocks (APPLICANT, PERSON, BANK, INSURED) live in {@code procedures/blocks/}. A malformed file
 * fails {@link #loadDefault()} with an {@link IllegalStateException} naming the file and problem.
 */
public final class ProcedureCatalog {

  private static final String DEFAULT_ROOT = "procedures/";
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  private final Map<String, List<ProcedureDefinition>> versionsByCode;

  private ProcedureCatalog(Map<String, List<ProcedureDefinition>> versionsByCode) {
    this.versionsByCode = versionsByCode;
  }

  /** Reads the catalog shipped in this module. */
  public static ProcedureCatalog loadDefault() {
    return load(DEFAULT_ROOT);
  }

  /** Reads the catalog under a classpath folder ({@code root} ends with a slash). */
  static ProcedureCatalog load(String root) {
    DefinitionExpander expander =
        new DefinitionExpander(name -> read(root + "blocks/" + name + ".json"));
    Map<String, List<ProcedureDefinition>> byCode = new LinkedHashMap<>();
    for (JsonNode file : read(root + "index.json").path("files")) {
      ProcedureDefinition definition = load(expander, root + file.asText());
      List<ProcedureDefinition> versions =
          byCode.computeIfAbsent(definition.code(), code -> new ArrayList<>());
      if (versions.stream().anyMatch(v -> v.version() == definition.version())) {
        throw new IllegalStateException(
            file.asText() + ": duplicate version " + definition.version());
      }
      versions.add(definition);
    }
    byCode
        .values()
        .forEach(list -> list.sort(Comparator.comparingInt(ProcedureDefinition::version)));
    return new ProcedureCatalog(byCode);
  }

  private static ProcedureDefinition load(DefinitionExpander expander, String resource) {
    try {
      ProcedureDefinition definition =
          MAPPER.convertValue(expander.expand(read(resource)), ProcedureDefinition.class);
      DefinitionChecker.check(definition);
      return definition;
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "malformed procedure definition " + resource + ": " + e.getMessage(), e);
    }
  }

  private static JsonNode read(String resource) {
    try (InputStream in = ProcedureCatalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing catalog resource " + resource);
      }
      return MAPPER.readTree(in);
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
