package jp.madoguchi.portal.simulator;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.security.auth.x500.X500Principal;
import jp.madoguchi.portal.trust.TrustSettings;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority made at run time for tests and the portal simulator (no key is ever
 * written to the repository): issues signer certificates, revokes them, publishes a CRL.
 */
public final class TestCertificateAuthority {

  private static final AtomicLong SERIALS = new AtomicLong(System.nanoTime() & 0xffffffffL);

  private final KeyPair keys;
  private final X509Certificate certificate;
  private final List<X509Certificate> revoked = new ArrayList<>();

  private TestCertificateAuthority(KeyPair keys, X509Certificate certificate) {
    this.keys = keys;
    this.certificate = certificate;
  }

  /** A self-signed root valid from a year ago for ten years. */
  public static TestCertificateAuthority create(String name) {
    try {
      KeyPair keys = newKeyPair();
      X500Principal subject = new X500Principal("CN=" + name + ",O=Madoguchi Test,C=JP");
      Instant now = Instant.now();
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              subject,
              nextSerial(),
              Date.from(now.minus(Duration.ofDays(365))),
              Date.from(now.plus(Duration.ofDays(3650))),
              subject,
              keys.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      builder.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      return new TestCertificateAuthority(keys, sign(builder, keys));
    } catch (Exception e) {
      throw new IllegalStateException("test CA", e);
    }
  }

  /** A signer certificate valid now for a year. */
  public Signer issue(String commonName) {
    Instant now = Instant.now();
    return issue(commonName, now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(365)));
  }

  public Signer issue(String commonName, Instant notBefore, Instant notAfter) {
    try {
      KeyPair signerKeys = newKeyPair();
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              certificate,
              nextSerial(),
              Date.from(notBefore),
              Date.from(notAfter),
              new X500Principal("CN=" + commonName + ",O=Madoguchi Test,C=JP"),
              signerKeys.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      return new Signer(signerKeys.getPrivate(), sign(builder, keys));
    } catch (Exception e) {
      throw new IllegalStateException("test signer", e);
    }
  }

  public synchronized void revoke(X509Certificate signer) {
    revoked.add(signer);
  }

  /** A CRL issued an hour ago, next update in a week. */
  public X509CRL crl() {
    Instant now = Instant.now();
    return crl(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(7)));
  }

  public synchronized X509CRL crl(Instant thisUpdate, Instant nextUpdate) {
    try {
      X509v2CRLBuilder builder =
          new JcaX509v2CRLBuilder(certificate.getSubjectX500Principal(), Date.from(thisUpdate));
      builder.setNextUpdate(Date.from(nextUpdate));
      for (X509Certificate c : revoked) {
        builder.addCRLEntry(c.getSerialNumber(), Date.from(thisUpdate), CRLReason.keyCompromise);
      }
      ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
      return new JcaX509CRLConverter().getCRL(builder.build(signer));
    } catch (OperatorCreationException | GeneralSecurityException e) {
      throw new IllegalStateException("test CRL", e);
    }
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /** This CA as the only trust anchor, with its current CRL. */
  public TrustSettings trust() {
    return new TrustSettings(List.of(certificate), List.of(crl()));
  }

  /** PEM text of a certificate or CRL (DER bytes), for configuration files. */
  public static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuer)
      throws OperatorCreationException, GeneralSecurityException {
    ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(issuer.getPrivate());
    X509CertificateHolder holder = builder.build(signer);
    return new JcaX509CertificateConverter().getCertificate(holder);
  }

  private static KeyPair newKeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }

  private static BigInteger nextSerial() {
    return BigInteger.valueOf(SERIALS.incrementAndGet());
  }
}
