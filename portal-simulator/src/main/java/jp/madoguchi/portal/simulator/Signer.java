package jp.madoguchi.portal.simulator;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** A test signer: the private key (kept in memory only) and its certificate. */
public record Signer(PrivateKey key, X509Certificate certificate) {

  public List<X509Certificate> chain() {
    return List.of(certificate);
  }
}
