package jp.madoguchi.forms.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import jp.madoguchi.forms.catalog.ProcedureCatalog;
import jp.madoguchi.forms.catalog.ProcedureDefinition;
import jp.madoguchi.forms.japanese.MyNumber;
import jp.madoguchi.forms.samples.SampleApplications;
import jp.madoguchi.forms.validation.ApplicationValidator;
import jp.madoguchi.forms.validation.ValidationResult;

/**
 * Builds {@link ApplicationDocument}s from the valid samples the way the intake service does:
 * validate, keep the normalised blocks, mask the applicant's 個人番号. Also used by the benchmark.
 */
public final class SampleDocuments {

  static final ProcedureCatalog CATALOG = ProcedureCatalog.loadDefault();

  /** 2025-10-01 09:15 JST. */
  static final Instant RECEIVED_AT = Instant.parse("2025-10-01T00:15:00Z");

  static final Instant SUBMITTED_AT = Instant.parse("2025-09-30T23:58:00Z");
  private static final ApplicationValidator VALIDATOR =
      new ApplicationValidator(Clock.system(SampleApplications.JAPAN));

  private SampleDocuments() {}

  static String receiptNumber(String code) {
    return "T-" + code + "-0001";
  }

  public static ProcedureDefinition definition(String code) {
    return CATALOG.latest(code).orElseThrow();
  }

  /** The valid sample, validated, with the applicant's My Number masked as the caller must. */
  public static ApplicationDocument of(String code) {
    return of(code, SampleApplications.valid(code), true);
  }

  /** As sent by a careless caller: the applicant's My Number left as the 12 digits. */
  static ApplicationDocument withUnmaskedMyNumber(String code) {
    return of(code, SampleApplications.valid(code), false);
  }

  static ApplicationDocument of(String code, JsonNode sample, boolean maskMyNumber) {
    return of(definition(code), sample, maskMyNumber);
  }

  /** A sample validated and rendered with a given version of its definition (masked). */
  static ApplicationDocument of(ProcedureDefinition definition, JsonNode sample) {
    return of(definition, sample, true);
  }

  private static ApplicationDocument of(
      ProcedureDefinition definition, JsonNode sample, boolean maskMyNumber) {
    String code = definition.code();
    ValidationResult result = validate(definition, sample);
    ObjectNode applicant = result.applicant();
    if (maskMyNumber && applicant.hasNonNull("myNumber")) {
      applicant.put("myNumber", MyNumber.parse(applicant.get("myNumber").asText()).masked());
    }
    return new ApplicationDocument(
        definition,
        receiptNumber(code),
        RECEIVED_AT,
        SUBMITTED_AT,
        "131016",
        "審査中",
        applicant,
        result.form(),
        attachments(sample));
  }

  public static ValidationResult validate(ProcedureDefinition definition, JsonNode sample) {
    ValidationResult result =
        VALIDATOR.validate(
            definition,
            sample.path("applicant"),
            sample.path("form"),
            SampleApplications.attachments(sample));
    if (!result.isValid()) {
      throw new IllegalStateException(definition.code() + " sample invalid: " + result);
    }
    return result;
  }

  private static List<AttachedFile> attachments(JsonNode sample) {
    return SampleApplications.attachments(sample).stream()
        .map(a -> new AttachedFile(a.name(), a.mediaType(), 123_456, sha256(a.name())))
        .toList();
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
