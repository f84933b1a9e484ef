package jp.madoguchi.portal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import jp.madoguchi.portal.format.FormXml;
import jp.madoguchi.portal.format.HardenedXml;
import jp.madoguchi.portal.format.ManifestEntry;
import jp.madoguchi.portal.format.PackageArchive;
import jp.madoguchi.portal.format.PortalForm;
import jp.madoguchi.portal.trust.CertificateChecker;
import jp.madoguchi.portal.trust.SignatureVerifier;
import jp.madoguchi.portal.trust.TrustSettings;
import org.w3c.dom.Document;

/**
 * Reads a package: ZIP within limits → hardened form XML valid against the schema → attachments
 * exactly as the manifest lists them; then verifies the XML signature, the attachments' digests and
 * the signer's certificate. A package that cannot be read throws; one that reads but fails
 * verification comes back with its {@link PortalPackage#failure()}.
 */
public final class PortalPackageReader {

  private final PackageLimits limits;
  private final CertificateChecker certificates;
  private final Clock clock;

  public PortalPackageReader(PackageLimits limits, TrustSettings trust, Clock clock) {
    this.limits = limits;
    this.certificates = new CertificateChecker(trust);
    this.clock = clock;
  }

  public PortalPackage read(byte[] zip) throws PackageRefusedException {
    Map<String, byte[]> entries = PackageArchive.read(zip, limits).entries();
    byte[] xml = entries.get(PackageArchive.FORM_ENTRY);
    if (xml == null) {
      throw new PackageRefusedException(Refusal.FORM_MISSING, null);
    }
    Document document = HardenedXml.parse(xml);
    HardenedXml.validate(document);
    PortalForm form = FormXml.read(document);
    List<PackageAttachment> attachments = attachments(form, entries);
    try {
      List<X509Certificate> chain = SignatureVerifier.verify(document);
      checkDigests(form, attachments);
      certificates.check(chain, form.submittedAt().toInstant(), clock.instant());
      return new PortalPackage(form, attachments, chain.get(0), null);
    } catch (PackageRefusedException e) {
      return new PortalPackage(form, attachments, null, e);
    }
  }

  private static List<PackageAttachment> attachments(PortalForm form, Map<String, byte[]> entries)
      throws PackageRefusedException {
    Map<String, byte[]> files = new HashMap<>();
    entries.forEach(
        (name, content) -> {
          if (name.startsWith(PackageArchive.ATTACHMENT_FOLDER)) {
            files.put(name.substring(PackageArchive.ATTACHMENT_FOLDER.length()), content);
          }
        });
    List<PackageAttachment> attachments = new ArrayList<>();
    for (ManifestEntry entry : form.manifest()) {
      byte[] content = files.remove(entry.name());
      if (content == null) {
        throw new PackageRefusedException(Refusal.ATTACHMENTS_MISMATCH, "ファイルがありません");
      }
      attachments.add(
          new PackageAttachment(entry.name(), entry.kind(), entry.mediaType(), content));
    }
    if (!files.isEmpty()) {
      throw new PackageRefusedException(Refusal.ATTACHMENTS_MISMATCH, "一覧にないファイルがあります");
    }
    return attachments;
  }

  private static void checkDigests(PortalForm form, List<PackageAttachment> attachments)
      throws PackageRefusedException {
    for (int i = 0; i < attachments.size(); i++) {
      ManifestEntry declared = form.manifest().get(i);
      byte[] content = attachments.get(i).content();
      if (content.length != declared.size() || !sha256(content).equals(declared.sha256())) {
        throw new PackageRefusedException(Refusal.ATTACHMENT_TAMPERED, declared.name());
      }
    }
  }

  /** Lower-case hex SHA-256, as the manifest writes it. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
