package jp.madoguchi.portal.trust;

import java.security.Key;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.XMLStructure;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import jp.madoguchi.portal.PackageRefusedException;
import jp.madoguchi.portal.Refusal;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Verifies the enveloped XML signature of form.xml with the JDK's javax.xml.crypto (secure
 * validation on). Only the shape the package format allows is accepted: exactly one signature, a
 * child of the root, with exactly one reference to the whole document (URI "") through the
 * enveloped transform — so no part of the form can sit outside what was signed.
 */
public final class SignatureVerifier {

  private static final String SECURE_VALIDATION = "org.jcp.xml.dsig.secureValidation";

  private SignatureVerifier() {}

  /** The signer's certificate chain (signer first) once the signature is valid. */
  public static List<X509Certificate> verify(Document form) throws PackageRefusedException {
    Element signature = signatureElement(form);
    CertificateKeySelector keys = new CertificateKeySelector();
    DOMValidateContext context = new DOMValidateContext(keys, signature);
    context.setProperty(SECURE_VALIDATION, Boolean.TRUE);
    try {
      XMLSignature xmlSignature =
          XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
      requireWholeDocumentReference(xmlSignature);
      if (!xmlSignature.validate(context)) {
        throw new PackageRefusedException(
            Refusal.SIGNATURE_INVALID, failedPart(xmlSignature, context));
      }
    } catch (MarshalException | XMLSignatureException e) {
      throw new PackageRefusedException(Refusal.SIGNATURE_INVALID, "署名を解釈できません", e);
    }
    return keys.chain;
  }

  private static Element signatureElement(Document form) throws PackageRefusedException {
    var found = form.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
    if (found.getLength() == 0) {
      throw new PackageRefusedException(Refusal.SIGNATURE_MISSING, null);
    }
    Node signature = found.item(0);
    if (found.getLength() > 1 || signature.getParentNode() != form.getDocumentElement()) {
      throw new PackageRefusedException(Refusal.SIGNATURE_INVALID, "署名の位置または数が不正です");
    }
    return (Element) signature;
  }

  private static void requireWholeDocumentReference(XMLSignature signature)
      throws PackageRefusedException {
    List<?> references = signature.getSignedInfo().getReferences();
    if (references.size() != 1 || !"".equals(((Reference) references.get(0)).getURI())) {
      throw new PackageRefusedException(Refusal.SIGNATURE_INVALID, "署名の対象が文書全体ではありません");
    }
    List<?> transforms = ((Reference) references.get(0)).getTransforms();
    boolean enveloped =
        transforms.stream()
            .anyMatch(t -> Transform.ENVELOPED.equals(((Transform) t).getAlgorithm()));
    boolean onlyCanonical =
        transforms.stream()
            .map(t -> ((Transform) t).getAlgorithm())
            .allMatch(
                a ->
                    a.equals(Transform.ENVELOPED)
                        || a.equals(CanonicalizationMethod.EXCLUSIVE)
                        || a.equals(CanonicalizationMethod.INCLUSIVE));
    if (!enveloped || !onlyCanonical) {
      throw new PackageRefusedException(Refusal.SIGNATURE_INVALID, "署名の変換方式が不正です");
    }
  }

  private static String failedPart(XMLSignature signature, DOMValidateContext context)
      throws XMLSignatureException {
    Reference whole = (Reference) signature.getSignedInfo().getReferences().get(0);
    return whole.validate(context) ? "署名値が一致しません" : "申請データのダイジェストが一致しません";
  }

  /** Takes the key from the X509Data of KeyInfo; the chain is checked afterwards (PKIX). */
  private static final class CertificateKeySelector extends KeySelector {

    private List<X509Certificate> chain = List.of();

    @Override
    public KeySelectorResult select(
        KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method, XMLCryptoContext context)
        throws KeySelectorException {
      if (keyInfo == null) {
        throw new KeySelectorException("no KeyInfo");
      }
      List<X509Certificate> certificates = new ArrayList<>();
      for (Object item : keyInfo.getContent()) {
        if (item instanceof X509Data data) {
          for (Object content : data.getContent()) {
            if (content instanceof X509Certificate certificate) {
              certificates.add(certificate);
            }
          }
        } else if (!(item instanceof XMLStructure)) {
          throw new KeySelectorException("unexpected KeyInfo content");
        }
      }
      if (certificates.isEmpty()) {
        throw new KeySelectorException("no signing certificate");
      }
      X509Certificate signer = certificates.get(0);
      if (!SignatureMethod.RSA_SHA256.equals(method.getAlgorithm())
          && !"http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256".equals(method.getAlgorithm())) {
        throw new KeySelectorException("signature algorithm not allowed");
      }
      chain = List.copyOf(certificates);
      Key key = signer.getPublicKey();
      return () -> key;
    }
  }
}
