package jp.madoguchi.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import jp.madoguchi.portal.format.FormXml;
import jp.madoguchi.portal.format.ManifestEntry;
import jp.madoguchi.portal.format.PackageArchive;
import jp.madoguchi.portal.format.PortalForm;
import jp.madoguchi.portal.trust.PackageSigner;
import org.w3c.dom.Document;

/**
 * Builds a signed package as the portal would (for the portal simulator and the tests): the form
 * lists each attachment's SHA-256, is signed, and is zipped with the attachments.
 */
public final class PortalPackageWriter {

  private PortalPackageWriter() {}

  /** {@code form}'s manifest is ignored and rebuilt from {@code attachments}. */
  public static byte[] write(
      PortalForm form,
      List<PackageAttachment> attachments,
      PrivateKey key,
      List<X509Certificate> chain) {
    List<ManifestEntry> manifest =
        attachments.stream()
            .map(
                a ->
                    new ManifestEntry(
                        a.name(),
                        a.kind(),
                        a.mediaType(),
                        a.content().length,
                        PortalPackageReader.sha256(a.content())))
            .toList();
    PortalForm listed =
        new PortalForm(
            form.receiptNumber(),
            form.procedureCode(),
            form.municipalityCode(),
            form.submittedAt(),
            form.applicant(),
            form.form(),
            manifest);
    Document document = FormXml.write(listed);
    PackageSigner.sign(document, key, chain);
    return zip(serialise(document), attachments);
  }

  public static byte[] serialise(Document document) {
    try {
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] zip(byte[] formXml, List<PackageAttachment> attachments) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(PackageArchive.FORM_ENTRY));
      zip.write(formXml);
      zip.closeEntry();
      for (PackageAttachment attachment : attachments) {
        zip.putNextEntry(new ZipEntry(PackageArchive.ATTACHMENT_FOLDER + attachment.name()));
        zip.write(attachment.content());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
