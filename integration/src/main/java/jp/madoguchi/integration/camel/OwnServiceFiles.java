package jp.madoguchi.integration.camel;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.engine.DefaultClassResolver;

/**
 * Camel's class resolver, except that Camel's own service files ({@code
 * META-INF/services/org/apache/camel/…}, which name its components, languages and internal
 * factories) are looked up only in the jars of the loader that holds Camel.
 *
 * <p>Camel starts by asking for a few hundred of these files, many of which do not exist (optional
 * modules). In Payara a web application's class loader asks the server's own modules first and
 * Camel asks up to four loaders per file, so every miss searched the server's modules four times:
 * about 3 s of each start. The server's modules hold no Camel service file, so looking only where
 * Camel itself lies answers the same. Under any other loader (tests, plain Java) it behaves like
 * {@link DefaultClassResolver}.
 */
final class OwnServiceFiles extends DefaultClassResolver {

  static final String CAMEL_SERVICES = "META-INF/services/org/apache/camel/";

  private final ClassLoader camelLoader;

  /** camelLoader: the loader that holds Camel's jars (in the app, Camel's own). */
  OwnServiceFiles(CamelContext camel, ClassLoader camelLoader) {
    super(camel);
    this.camelLoader = camelLoader;
  }

  @Override
  public URL loadResourceAsURL(String uri) {
    URLClassLoader camelJars = camelJars(uri);
    return camelJars != null ? camelJars.findResource(uri) : super.loadResourceAsURL(uri);
  }

  @Override
  public InputStream loadResourceAsStream(String uri) {
    URLClassLoader camelJars = camelJars(uri);
    if (camelJars == null) {
      return super.loadResourceAsStream(uri);
    }
    URL url = camelJars.findResource(uri);
    try {
      return url == null ? null : url.openStream();
    } catch (IOException e) {
      return null;
    }
  }

  /** The loader that holds Camel when it is a URL class loader and the uri a Camel service file. */
  private URLClassLoader camelJars(String uri) {
    if (uri != null
        && uri.startsWith(CAMEL_SERVICES)
        && camelLoader instanceof URLClassLoader loader) {
      return loader;
    }
    return null;
  }
}
