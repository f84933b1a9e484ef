package jp.madoguchi.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.madoguchi.portal.simulator.Signer;
import jp.madoguchi.portal.simulator.TestCertificateAuthority;
import jp.madoguchi.portal.simulator.TestPackages;
import jp.madoguchi.portal.simulator.Zips;
import jp.madoguchi.portal.trust.TrustSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PortalPackageReaderTest {

  private static TestCertificateAuthority ca;
  private static Signer resident;
  private static PortalPackageReader reader;

  @BeforeAll
  static void certificates() {
    ca = TestCertificateAuthority.create("Test JPKI CA");
    resident = ca.issue("resident");
    reader = new PortalPackageReader(PackageLimits.DEFAULT, ca.trust(), Clock.systemUTC());
  }

  private static byte[] good(String receipt) {
    return TestPackages.fromSubmission(TestPackages.sampleBody(receipt), resident);
  }

  @Test
  void aGoodPackageIsVerifiedAndGivesBackTheSubmissionExactly() throws Exception {
    ObjectNode body = TestPackages.sampleBody("R-GOOD-1");

    PortalPackage read = reader.read(TestPackages.fromSubmission(body, resident));

    assertThat(read.verified()).isTrue();
    assertThat(read.verifiedSigner()).contains(resident.certificate());
    assertThat(read.submissionBody()).isEqualTo(body);
  }

  @Test
  void aSubmissionTimeOnTheFullMinuteIsWrittenWithSecondsAndPassesTheSchema() throws Exception {
    ObjectNode body = TestPackages.sampleBody("R-MINUTE");
    body.put("submittedAt", "2026-11-29T21:41Z");

    PortalPackage read = reader.read(TestPackages.fromSubmission(body, resident));

    assertThat(read.verified()).isTrue();
    assertThat(read.submissionBody().path("submittedAt").asText())
        .isEqualTo("2026-11-29T21:41:00Z");
  }

  @Test
  void changedFormXmlFailsTheSignature() throws Exception {
    byte[] tampered =
        Zips.replace(good("R-TAMPER-XML"), "form.xml", xml -> replace(xml, "山田　太郎", "山田　次郎"));

    assertFailure(reader.read(tampered), Refusal.SIGNATURE_INVALID);
  }

  @Test
  void changedAttachmentIsTamperedEvenThoughTheFormSignatureHolds() throws Exception {
    byte[] tampered =
        Zips.replace(
            good("R-TAMPER-ATT"), "attachments/shikaku.pdf", pdf -> replace(pdf, "%test", "%evil"));

    assertFailure(reader.read(tampered), Refusal.ATTACHMENT_TAMPERED);
  }

  @Test
  void aSignerFromAnotherCaIsUntrusted() throws Exception {
    Signer stranger = TestCertificateAuthority.create("Other CA").issue("stranger");

    byte[] zip = TestPackages.fromSubmission(TestPackages.sampleBody("R-UNTRUSTED"), stranger);

    assertFailure(reader.read(zip), Refusal.CERTIFICATE_UNTRUSTED);
  }

  @Test
  void aCertificateExpiredBeforeTheSigningTimeIsRefused() throws Exception {
    Instant now = Instant.now();
    Signer expired =
        ca.issue("expired", now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(2)));

    byte[] zip = TestPackages.fromSubmission(TestPackages.sampleBody("R-EXPIRED"), expired);

    assertFailure(reader.read(zip), Refusal.CERTIFICATE_EXPIRED);
  }

  @Test
  void aRevokedCertificateIsRefused() throws Exception {
    TestCertificateAuthority revoking = TestCertificateAuthority.create("Revoking CA");
    Signer revoked = revoking.issue("revoked");
    revoking.revoke(revoked.certificate());
    PortalPackageReader checking =
        new PortalPackageReader(PackageLimits.DEFAULT, revoking.trust(), Clock.systemUTC());

    byte[] zip = TestPackages.fromSubmission(TestPackages.sampleBody("R-REVOKED"), revoked);

    assertFailure(checking.read(zip), Refusal.CERTIFICATE_REVOKED);
  }

  @Test
  void aStaleCrlLeavesRevocationUnknown() throws Exception {
    Instant now = Instant.now();
    TrustSettings stale =
        new TrustSettings(
            List.of(ca.certificate()),
            List.of(ca.crl(now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(3)))));
    PortalPackageReader checking =
        new PortalPackageReader(PackageLimits.DEFAULT, stale, Clock.systemUTC());

    assertFailure(checking.read(good("R-STALE-CRL")), Refusal.REVOCATION_UNKNOWN);
  }

  @Test
  void anUnsignedFormIsRefused() throws Exception {
    byte[] unsigned =
        Zips.replace(
            good("R-UNSIGNED"),
            "form.xml",
            xml -> {
              String text = new String(xml, StandardCharsets.UTF_8);
              return text.replaceAll("<ds:Signature.*</ds:Signature>", "")
                  .replaceAll("(?s)<Signature xmlns=.*</Signature>", "")
                  .getBytes(StandardCharsets.UTF_8);
            });

    assertFailure(reader.read(unsigned), Refusal.SIGNATURE_MISSING);
  }

  @Test
  void anXxeAttemptIsRefusedBeforeAnyEntityIsResolved() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<Application xmlns=\"urn:jp:madoguchi:portal-package:1\" version=\"1\">"
            + "<ReceiptNumber>&x;</ReceiptNumber></Application>";
    byte[] zip = Zips.zip(Map.of("form.xml", xxe.getBytes(StandardCharsets.UTF_8)));

    assertRefused(zip, Refusal.FORM_DOCTYPE_REFUSED);
  }

  @Test
  void aFormOutsideTheSchemaIsRefused() {
    String xml =
        "<Application xmlns=\"urn:jp:madoguchi:portal-package:1\" version=\"1\">"
            + "<ReceiptNumber>R-1</ReceiptNumber><Unexpected/></Application>";
    byte[] zip = Zips.zip(Map.of("form.xml", xml.getBytes(StandardCharsets.UTF_8)));

    assertRefused(zip, Refusal.FORM_SCHEMA_VIOLATION);
  }

  @Test
  void aZipBombIsRefusedWithoutInflatingItAll() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>(Zips.entries(good("R-BOMB")));
    entries.put("attachments/bomb.pdf", new byte[40 * 1024 * 1024]);

    assertRefused(Zips.zip(entries), Refusal.ARCHIVE_TOO_LARGE);
  }

  @Test
  void aHighlyCompressedSmallEntryIsRefusedByTheRatio() throws Exception {
    PackageLimits tight = new PackageLimits(51, 30L * 1024 * 1024, 100L * 1024 * 1024, 100);
    Map<String, byte[]> entries = new LinkedHashMap<>(Zips.entries(good("R-RATIO")));
    entries.put("attachments/zeros.pdf", new byte[5 * 1024 * 1024]);
    PortalPackageReader checking = new PortalPackageReader(tight, ca.trust(), Clock.systemUTC());

    assertThatThrownBy(() -> checking.read(Zips.zip(entries)))
        .isInstanceOfSatisfying(
            PackageRefusedException.class,
            e -> assertThat(e.refusal()).isEqualTo(Refusal.ARCHIVE_TOO_LARGE));
  }

  @Test
  void pathTraversalIsRefused() {
    Map<String, byte[]> entries = new LinkedHashMap<>(Zips.entries(good("R-TRAVERSAL")));
    entries.put("attachments/../../etc/cron.d/evil", new byte[] {1});

    assertRefused(Zips.zip(entries), Refusal.ARCHIVE_UNSAFE_NAME);
  }

  @Test
  void anAbsoluteEntryNameIsRefused() {
    assertRefused(Zips.zip(Map.of("/form.xml", new byte[] {1})), Refusal.ARCHIVE_UNSAFE_NAME);
  }

  @Test
  void duplicateEntryNamesAreRefused() throws Exception {
    // ZipOutputStream refuses duplicates, so write two names and make them equal afterwards
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String name : List.of("attachments/a.pdf", "attachments/b.pdf")) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(1);
        zip.closeEntry();
      }
    }
    byte[] duplicated = replace(bytes.toByteArray(), "attachments/b.pdf", "attachments/a.pdf");

    assertRefused(duplicated, Refusal.ARCHIVE_DUPLICATE_ENTRY);
  }

  @Test
  void tooManyEntriesAreRefused() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 0; i < 60; i++) {
      entries.put("attachments/f" + i + ".pdf", new byte[] {1});
    }

    assertRefused(Zips.zip(entries), Refusal.ARCHIVE_TOO_MANY_ENTRIES);
  }

  @Test
  void anAttachmentNotInTheManifestIsRefused() {
    Map<String, byte[]> entries = new LinkedHashMap<>(Zips.entries(good("R-EXTRA")));
    entries.put("attachments/extra.pdf", new byte[] {1});

    assertRefused(Zips.zip(entries), Refusal.ATTACHMENTS_MISMATCH);
  }

  @Test
  void notAZipIsRefused() {
    assertRefused("hello".getBytes(StandardCharsets.US_ASCII), Refusal.ARCHIVE_INVALID);
  }

  private static void assertFailure(PortalPackage read, Refusal expected) {
    assertThat(read.verified()).isFalse();
    assertThat(read.failure().refusal()).isEqualTo(expected);
    assertThat(expected.storable()).isTrue();
  }

  private static void assertRefused(byte[] zip, Refusal expected) {
    assertThatThrownBy(() -> reader.read(zip))
        .isInstanceOfSatisfying(
            PackageRefusedException.class, e -> assertThat(e.refusal()).isEqualTo(expected));
  }

  private static byte[] replace(byte[] content, String from, String to) {
    String text = new String(content, StandardCharsets.ISO_8859_1);
    String fromLatin =
        new String(from.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    String toLatin = new String(to.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    assertThat(text).contains(fromLatin);
    return text.replace(fromLatin, toLatin).getBytes(StandardCharsets.ISO_8859_1);
  }
}
