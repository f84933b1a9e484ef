package jp.madoguchi.portal.trust;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.madoguchi.portal.PackageRefusedException;
import jp.madoguchi.portal.Refusal;

/**
 * Checks the signer's certificate: a PKIX path to a configured trust anchor, valid at the signing
 * time, and not on its issuer's CRL (the CRL itself signed by that issuer and current).
 */
public final class CertificateChecker {

  private final TrustSettings trust;

  public CertificateChecker(TrustSettings trust) {
    this.trust = trust;
  }

  /**
   * {@code chain} is signer first (as in KeyInfo); {@code now} judges whether the CRL is current.
   */
  public void check(List<X509Certificate> chain, Instant signedAt, Instant now)
      throws PackageRefusedException {
    X509Certificate signer = chain.get(0);
    checkPath(chain, signedAt);
    checkRevocation(signer, now);
  }

  private void checkPath(List<X509Certificate> chain, Instant signedAt)
      throws PackageRefusedException {
    if (trust.anchors().isEmpty()) {
      throw new PackageRefusedException(Refusal.CERTIFICATE_UNTRUSTED, "信頼する認証局が設定されていません");
    }
    Set<TrustAnchor> anchors =
        trust.anchors().stream().map(a -> new TrustAnchor(a, null)).collect(Collectors.toSet());
    List<X509Certificate> path = chain.stream().filter(c -> !trust.anchors().contains(c)).toList();
    try {
      PKIXParameters parameters = new PKIXParameters(anchors);
      parameters.setRevocationEnabled(false);
      parameters.setDate(Date.from(signedAt));
      CertPathValidator.getInstance("PKIX")
          .validate(CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
    } catch (CertPathValidatorException e) {
      if (e.getReason() == BasicReason.EXPIRED || e.getReason() == BasicReason.NOT_YET_VALID) {
        throw new PackageRefusedException(Refusal.CERTIFICATE_EXPIRED, null, e);
      }
      throw new PackageRefusedException(Refusal.CERTIFICATE_UNTRUSTED, null, e);
    } catch (InvalidAlgorithmParameterException e) {
      throw new PackageRefusedException(Refusal.CERTIFICATE_UNTRUSTED, null, e);
    } catch (GeneralSecurityException e) {
      throw new PackageRefusedException(Refusal.CERTIFICATE_UNTRUSTED, "証明書パスを構築できません", e);
    }
  }

  private void checkRevocation(X509Certificate signer, Instant now) throws PackageRefusedException {
    X509CRL crl = issuersCrl(signer);
    if (crl.getNextUpdate() != null && crl.getNextUpdate().toInstant().isBefore(now)) {
      throw new PackageRefusedException(Refusal.REVOCATION_UNKNOWN, "失効リストの次回更新日時を過ぎています");
    }
    if (crl.isRevoked(signer)) {
      throw new PackageRefusedException(Refusal.CERTIFICATE_REVOKED, null);
    }
  }

  private X509CRL issuersCrl(X509Certificate signer) throws PackageRefusedException {
    for (X509CRL crl : trust.crls()) {
      if (!crl.getIssuerX500Principal().equals(signer.getIssuerX500Principal())) {
        continue;
      }
      for (X509Certificate anchor : trust.anchors()) {
        if (anchor.getSubjectX500Principal().equals(crl.getIssuerX500Principal())) {
          try {
            crl.verify(anchor.getPublicKey());
            return crl;
          } catch (GeneralSecurityException e) {
            throw new PackageRefusedException(Refusal.REVOCATION_UNKNOWN, "失効リストの署名が不正です", e);
          }
        }
      }
    }
    throw new PackageRefusedException(Refusal.REVOCATION_UNKNOWN, "発行元の失効リストが設定されていません");
  }
}
