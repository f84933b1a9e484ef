package jp.madoguchi.portal.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import jp.madoguchi.forms.samples.SampleApplications;

/**
 * Makes packages of each {@link PackageKind} for a simulator: the procedure's valid sample
 * application submitted an hour ago, signed by a certificate of the simulator's CA (or of a rogue
 * CA, an expired or a revoked one), then tampered with where the kind says so.
 */
public final class PackageMaker {

  private static final ZoneOffset JST = ZoneOffset.ofHours(9);

  private final PortalSimulator portal;

  public PackageMaker(PortalSimulator portal) {
    this.portal = portal;
  }

  /** A package and the signer whose certificate is in it (null for an unreadable one). */
  public record Made(String receiptNumber, PackageKind kind, byte[] zip, Signer signer) {}

  /** Makes a package of {@code kind} for {@code procedureCode} and publishes it. */
  public Made publish(PackageKind kind, String procedureCode, String receiptNumber) {
    Made made = make(kind, procedureCode, receiptNumber);
    portal.publish(receiptNumber, made.zip());
    return made;
  }

  public Made make(PackageKind kind, String procedureCode, String receiptNumber) {
    return switch (kind) {
      case GOOD -> signed(kind, procedureCode, receiptNumber, portal.ca().issue(receiptNumber));
      case TAMPERED_FORM -> {
        Made made = signed(kind, procedureCode, receiptNumber, portal.ca().issue(receiptNumber));
        byte[] zip =
            Zips.replace(
                made.zip(),
                "form.xml",
                xml ->
                    new String(xml, StandardCharsets.UTF_8)
                        // the first text value, e.g. the applicant's name, changed after signing
                        .replaceFirst("(<Value name=\"[^\"]+\">)", "$1改ざん")
                        .getBytes(StandardCharsets.UTF_8));
        yield new Made(receiptNumber, kind, changedText(zip, made.zip()), made.signer());
      }
      case TAMPERED_ATTACHMENT -> {
        Made made = signed(kind, procedureCode, receiptNumber, portal.ca().issue(receiptNumber));
        String attachment =
            Zips.entries(made.zip()).keySet().stream()
                .filter(name -> name.startsWith("attachments/"))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(procedureCode + " に添付ファイルがありません"));
        byte[] zip =
            Zips.replace(
                made.zip(),
                attachment,
                content -> {
                  byte[] changed = content.clone();
                  changed[changed.length - 1] ^= 1;
                  return changed;
                });
        yield new Made(receiptNumber, kind, zip, made.signer());
      }
      case UNTRUSTED ->
          signed(
              kind,
              procedureCode,
              receiptNumber,
              TestCertificateAuthority.create("Rogue CA").issue(receiptNumber));
      case EXPIRED -> {
        Instant now = Instant.now();
        yield signed(
            kind,
            procedureCode,
            receiptNumber,
            portal
                .ca()
                .issue(
                    receiptNumber, now.minus(400, ChronoUnit.DAYS), now.minus(2, ChronoUnit.DAYS)));
      }
      case REVOKED ->
          signed(kind, procedureCode, receiptNumber, portal.revokedSigner(receiptNumber));
      case XXE ->
          new Made(
              receiptNumber,
              kind,
              Zips.zip(
                  Map.of(
                      "form.xml",
                      ("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM"
                              + " \"file:///etc/passwd\">]><a>&x;</a>")
                          .getBytes(StandardCharsets.UTF_8))),
              null);
    };
  }

  /** The procedure's valid sample as a package signed by {@code signer}, submitted an hour ago. */
  public static byte[] signedSample(String procedureCode, String receiptNumber, Signer signer) {
    String submittedAt =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            OffsetDateTime.now(JST).minusHours(1).truncatedTo(ChronoUnit.SECONDS));
    JsonNode body =
        SampleApplications.submission(
            procedureCode, SampleApplications.valid(procedureCode), receiptNumber, submittedAt);
    return TestPackages.fromSubmission(body, signer);
  }

  private static Made signed(
      PackageKind kind, String procedureCode, String receiptNumber, Signer signer) {
    return new Made(
        receiptNumber, kind, signedSample(procedureCode, receiptNumber, signer), signer);
  }

  private static byte[] changedText(byte[] tampered, byte[] original) {
    if (Arrays.equals(tampered, original)) {
      throw new IllegalStateException("改ざんできませんでした");
    }
    return tampered;
  }
}
