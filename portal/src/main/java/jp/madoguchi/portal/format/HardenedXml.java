package jp.madoguchi.portal.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import jp.madoguchi.portal.PackageRefusedException;
import jp.madoguchi.portal.Refusal;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses form XML with no DTD (a DOCTYPE is refused outright, so no entity of any kind is
 * expanded), no external access, secure processing on; then validates it against {@code
 * portal-package.xsd}.
 */
public final class HardenedXml {

  private static final String SCHEMA = "/jp/madoguchi/portal/portal-package.xsd";
  private static final Schema PACKAGE_SCHEMA = loadSchema();

  /** Every warning-free problem is fatal; nothing is printed. */
  private static final ErrorHandler STRICT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXParseException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
          throw e;
        }
      };

  private HardenedXml() {}

  public static Document parse(byte[] xml) throws PackageRefusedException {
    Document document;
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setErrorHandler(STRICT);
      document = builder.parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    } catch (SAXParseException e) {
      Refusal refusal =
          e.getMessage() != null && e.getMessage().contains("DOCTYPE")
              ? Refusal.FORM_DOCTYPE_REFUSED
              : Refusal.FORM_UNREADABLE;
      throw new PackageRefusedException(refusal, "行 " + e.getLineNumber(), e);
    } catch (SAXException | IOException e) {
      throw new PackageRefusedException(Refusal.FORM_UNREADABLE, null, e);
    }
    if (document.getDoctype() != null) {
      throw new PackageRefusedException(Refusal.FORM_DOCTYPE_REFUSED, null);
    }
    return document;
  }

  /** Validates against the package schema; the signature element itself is checked elsewhere. */
  public static void validate(Document document) throws PackageRefusedException {
    try {
      Validator validator = PACKAGE_SCHEMA.newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(STRICT);
      validator.validate(new DOMSource(document));
    } catch (SAXParseException e) {
      throw new PackageRefusedException(Refusal.FORM_SCHEMA_VIOLATION, schemaDetail(e), e);
    } catch (SAXException | IOException e) {
      throw new PackageRefusedException(Refusal.FORM_SCHEMA_VIOLATION, null, e);
    }
  }

  /** A fresh hardened factory (also used to build new documents). */
  public static DocumentBuilderFactory factory() {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("XML parser cannot be hardened", e);
    }
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return factory;
  }

  private static String schemaDetail(SAXParseException e) {
    // only the rule's code (cvc-…): the rest of the message may quote a value, i.e. personal data
    String message = e.getMessage() == null ? "" : e.getMessage();
    int colon = message.indexOf(':');
    return colon > 0 ? message.substring(0, colon) : null;
  }

  private static Schema loadSchema() {
    try (InputStream in = HardenedXml.class.getResourceAsStream(SCHEMA)) {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory.newSchema(new javax.xml.transform.stream.StreamSource(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SAXException e) {
      throw new IllegalStateException("portal package schema is invalid", e);
    }
  }
}
