package jp.madoguchi.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;
import jp.madoguchi.forms.samples.SampleApplications;
import jp.madoguchi.forms.samples.SampleFiles;

/** Test data builder: a valid portal submission from the procedure's sample, to be varied. */
public final class ApplicationJson {

  public static final byte[] SMALL_PDF = SampleFiles.forMediaType("application/pdf");

  private final ObjectNode body;

  private ApplicationJson(ObjectNode body) {
    this.body = body;
  }

  public static ApplicationJson valid(String procedureCode) {
    return fromSample(procedureCode, SampleApplications.valid(procedureCode));
  }

  /** Any sample of the forms module (valid or not), with an envelope and attachment content. */
  public static ApplicationJson fromSample(String procedureCode, JsonNode sample) {
    return new ApplicationJson(
        SampleApplications.submission(
            procedureCode, sample, "IT-" + UUID.randomUUID(), "2025-10-01T09:30:00+09:00"));
  }

  public ApplicationJson receiptNumber(String receipt) {
    body.put("receiptNumber", receipt);
    return this;
  }

  public ApplicationJson applicant(String field, String value) {
    ((ObjectNode) body.get("applicant")).put(field, value);
    return this;
  }

  /** Sets {@code form.<path>}, a dotted path of objects ({@code owner.corporateNumber}). */
  public ApplicationJson form(String path, String value) {
    ObjectNode node = (ObjectNode) body.get("form");
    String[] keys = path.split("\\.");
    for (int i = 0; i < keys.length - 1; i++) {
      node = (ObjectNode) node.get(keys[i]);
    }
    node.put(keys[keys.length - 1], value);
    return this;
  }

  public ApplicationJson set(String field, String value) {
    body.put(field, value);
    return this;
  }

  public ApplicationJson remove(String field) {
    body.remove(field);
    return this;
  }

  public ApplicationJson attach(String name, String mediaType, byte[] content) {
    ObjectNode attachment = ((ArrayNode) body.withArray("attachments")).addObject();
    attachment.put("name", name);
    attachment.put("mediaType", mediaType);
    attachment.put("content", Base64.getEncoder().encodeToString(content));
    return this;
  }

  public String receiptNumber() {
    return body.get("receiptNumber").asText();
  }

  public String applicantName() {
    return body.get("applicant").get("name").asText();
  }

  public ObjectNode json() {
    return body.deepCopy();
  }

  /** A PNG of random pixels: about 1 MB that no compression shrinks. */
  public static byte[] noisePng() {
    BufferedImage image = new BufferedImage(600, 580, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(7);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return png.toByteArray();
  }
}
