package jp.madoguchi.portal.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * form.xml ⇄ {@link PortalForm}. Reading expects a document that passed the schema; values keep
 * their JSON type through the {@code type} attribute (string, number, boolean).
 */
public final class FormXml {

  public static final String NS = "urn:jp:madoguchi:portal-package:1";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private FormXml() {}

  public static PortalForm read(Document document) {
    Element root = document.getDocumentElement();
    List<ManifestEntry> manifest = new ArrayList<>();
    for (Element a : children(child(root, "Attachments"))) {
      String kind = a.getAttribute("kind");
      manifest.add(
          new ManifestEntry(
              a.getAttribute("name"),
              kind.isEmpty() ? null : kind,
              a.getAttribute("mediaType"),
              Long.parseLong(a.getAttribute("size")),
              a.getAttribute("sha256")));
    }
    return new PortalForm(
        text(root, "ReceiptNumber"),
        text(root, "ProcedureCode"),
        text(root, "MunicipalityCode"),
        OffsetDateTime.parse(text(root, "SubmittedAt")),
        fields(child(root, "Applicant")),
        fields(child(root, "Form")),
        manifest);
  }

  /** A new, unsigned form document. */
  public static Document write(PortalForm form) {
    Document document;
    try {
      document = HardenedXml.factory().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    Element root = document.createElementNS(NS, "Application");
    // declared explicitly: the signature is computed over this in-memory DOM
    root.setAttributeNS(javax.xml.XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", NS);
    root.setAttribute("version", "1");
    document.appendChild(root);
    append(root, "ReceiptNumber").setTextContent(form.receiptNumber());
    append(root, "ProcedureCode").setTextContent(form.procedureCode());
    append(root, "MunicipalityCode").setTextContent(form.municipalityCode());
    append(root, "SubmittedAt")
        .setTextContent(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(form.submittedAt()));
    writeFields(append(root, "Applicant"), form.applicant());
    writeFields(append(root, "Form"), form.form());
    Element attachments = append(root, "Attachments");
    for (ManifestEntry entry : form.manifest()) {
      Element a = append(attachments, "Attachment");
      a.setAttribute("name", entry.name());
      if (entry.kind() != null) {
        a.setAttribute("kind", entry.kind());
      }
      a.setAttribute("mediaType", entry.mediaType());
      a.setAttribute("size", Long.toString(entry.size()));
      a.setAttribute("sha256", entry.sha256());
    }
    return document;
  }

  // ---- reading ----

  private static ObjectNode fields(Element parent) {
    ObjectNode object = JSON.objectNode();
    for (Element e : children(parent)) {
      String name = e.getAttribute("name");
      switch (e.getLocalName()) {
        case "Value" -> object.set(name, scalar(e));
        case "Object" -> object.set(name, fields(e));
        case "Group" -> object.set(name, group(e));
        default -> throw new IllegalArgumentException("unexpected element " + e.getLocalName());
      }
    }
    return object;
  }

  private static ArrayNode group(Element group) {
    ArrayNode array = JSON.arrayNode();
    for (Element e : children(group)) {
      array.add(e.getLocalName().equals("Item") ? fields(e) : scalar(e));
    }
    return array;
  }

  private static JsonNode scalar(Element e) {
    String text = e.getTextContent();
    return switch (e.getAttribute("type")) {
      case "number" -> number(text);
      case "boolean" -> JSON.booleanNode(Boolean.parseBoolean(text.strip()));
      default -> JSON.textNode(text);
    };
  }

  private static JsonNode number(String text) {
    BigDecimal value = new BigDecimal(text.strip());
    try {
      long integral = value.longValueExact();
      return integral == (int) integral
          ? JSON.numberNode((int) integral)
          : JSON.numberNode(integral);
    } catch (ArithmeticException notIntegral) {
      return JSON.numberNode(value);
    }
  }

  // ---- writing ----

  private static void writeFields(Element parent, ObjectNode object) {
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      JsonNode value = field.getValue();
      Element e;
      if (value.isObject()) {
        e = append(parent, "Object");
        writeFields(e, (ObjectNode) value);
      } else if (value.isArray()) {
        e = append(parent, "Group");
        for (JsonNode item : value) {
          if (item.isObject()) {
            writeFields(append(e, "Item"), (ObjectNode) item);
          } else {
            writeScalar(append(e, "Value"), item);
          }
        }
      } else if (value.isNull()) {
        continue;
      } else {
        e = append(parent, "Value");
        writeScalar(e, value);
      }
      e.setAttribute("name", field.getKey());
    }
  }

  private static void writeScalar(Element e, JsonNode value) {
    if (value.isNumber()) {
      e.setAttribute("type", "number");
    } else if (value.isBoolean()) {
      e.setAttribute("type", "boolean");
    }
    e.setTextContent(value.asText());
  }

  // ---- DOM helpers ----

  private static Element append(Element parent, String name) {
    Element e = parent.getOwnerDocument().createElementNS(NS, name);
    parent.appendChild(e);
    return e;
  }

  private static String text(Element parent, String name) {
    return child(parent, name).getTextContent().strip();
  }

  private static Element child(Element parent, String name) {
    for (Element e : children(parent)) {
      if (name.equals(e.getLocalName())) {
        return e;
      }
    }
    throw new IllegalArgumentException("missing element " + name);
  }

  private static List<Element> children(Element parent) {
    List<Element> elements = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && NS.equals(e.getNamespaceURI())) {
        elements.add(e);
      }
    }
    return elements;
  }
}
