package jp.madoguchi.portal.trust;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import org.w3c.dom.Document;

/**
 * Signs form.xml the way the portal does: one enveloped XML signature over the whole document
 * (which lists the attachments' SHA-256), RSA-SHA256, exclusive canonicalisation, the signer's
 * certificate (and any intermediates) in KeyInfo. Used by the portal simulator and the tests.
 */
public final class PackageSigner {

  private PackageSigner() {}

  public static void sign(Document form, PrivateKey key, List<X509Certificate> chain) {
    try {
      XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
      Reference whole =
          factory.newReference(
              "",
              factory.newDigestMethod(DigestMethod.SHA256, null),
              List.of(
                  factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                  factory.newTransform(
                      CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
              null,
              null);
      SignedInfo signedInfo =
          factory.newSignedInfo(
              factory.newCanonicalizationMethod(
                  CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
              factory.newSignatureMethod(SignatureMethod.RSA_SHA256, null),
              List.of(whole));
      KeyInfoFactory keys = factory.getKeyInfoFactory();
      KeyInfo keyInfo = keys.newKeyInfo(List.of(keys.newX509Data(List.copyOf(chain))));
      factory
          .newXMLSignature(signedInfo, keyInfo)
          .sign(new DOMSignContext(key, form.getDocumentElement()));
    } catch (GeneralSecurityException | MarshalException | XMLSignatureException e) {
      throw new IllegalStateException("cannot sign the form", e);
    }
  }
}
