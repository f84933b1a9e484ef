package jp.madoguchi.integration.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnServiceFilesTest {

  /** A parent loader that records what it was asked for (as Payara's modules would be). */
  static final class AskedParent extends ClassLoader {
    final List<String> asked = new ArrayList<>();

    AskedParent() {
      super(null);
    }

    @Override
    public URL getResource(String name) {
      asked.add(name);
      return super.getResource(name);
    }
  }

  @TempDir Path jars;

  @Test
  void camelServiceFilesAreReadFromCamelsJarsWithoutAskingTheParents() throws IOException {
    Path file = jars.resolve(OwnServiceFiles.CAMEL_SERVICES + "component/demo");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "class=demo.DemoComponent\n", StandardCharsets.UTF_8);
    AskedParent parent = new AskedParent();
    try (URLClassLoader camelJars = new URLClassLoader(new URL[] {jars.toUri().toURL()}, parent);
        DefaultCamelContext camel = new DefaultCamelContext()) {
      OwnServiceFiles resolver = new OwnServiceFiles(camel, camelJars);

      assertNotNull(resolver.loadResourceAsURL(OwnServiceFiles.CAMEL_SERVICES + "component/demo"));
      try (InputStream in =
          resolver.loadResourceAsStream(OwnServiceFiles.CAMEL_SERVICES + "component/demo")) {
        assertEquals(
            "class=demo.DemoComponent\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
      assertNull(resolver.loadResourceAsURL(OwnServiceFiles.CAMEL_SERVICES + "component/absent"));
      assertNull(resolver.loadResourceAsStream(OwnServiceFiles.CAMEL_SERVICES + "language/absent"));
      assertEquals(List.of(), parent.asked, "no service file lookup reached the parent loaders");
    }
  }

  @Test
  void otherResourcesAndOtherLoadersResolveAsCamelDoes() throws IOException {
    AskedParent parent = new AskedParent();
    try (URLClassLoader camelJars = new URLClassLoader(new URL[] {jars.toUri().toURL()}, parent);
        DefaultCamelContext camel = new DefaultCamelContext()) {
      camel.setApplicationContextClassLoader(camelJars);
      OwnServiceFiles resolver = new OwnServiceFiles(camel, camelJars);
      assertNull(resolver.loadResourceAsURL("madoguchi/absent.properties"));
      assertTrue(parent.asked.contains("madoguchi/absent.properties"));

      // Camel on the class path (no URL class loader): its own service files are still found.
      OwnServiceFiles plain =
          new OwnServiceFiles(camel, DefaultCamelContext.class.getClassLoader());
      assertNotNull(
          plain.loadResourceAsURL(OwnServiceFiles.CAMEL_SERVICES + "component/scheduler"));
    }
  }
}
