package jp.madoguchi.portal.trust;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * What signatures are checked against: the trust anchors (the CAs that issue 署名用電子証明書) and their
 * certificate revocation lists.
 */
public record TrustSettings(List<X509Certificate> anchors, List<X509CRL> crls) {

  public TrustSettings {
    anchors = List.copyOf(anchors);
    crls = List.copyOf(crls);
  }

  /** Loads PEM or DER files: one or more CA certificates, and one or more CRLs (may be absent). */
  public static TrustSettings load(Path anchorsFile, Path crlFile)
      throws IOException, GeneralSecurityException {
    CertificateFactory x509 = CertificateFactory.getInstance("X.509");
    List<X509Certificate> anchors = new ArrayList<>();
    try (InputStream in = Files.newInputStream(anchorsFile)) {
      x509.generateCertificates(in).forEach(c -> anchors.add((X509Certificate) c));
    }
    List<X509CRL> crls = new ArrayList<>();
    if (crlFile != null && Files.exists(crlFile)) {
      try (InputStream in = Files.newInputStream(crlFile)) {
        x509.generateCRLs(in).forEach(c -> crls.add((X509CRL) c));
      }
    }
    return new TrustSettings(anchors, crls);
  }
}
