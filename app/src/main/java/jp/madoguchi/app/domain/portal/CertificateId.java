package jp.madoguchi.app.domain.portal;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A signing certificate by issuer DN (RFC 2253 form) and serial number (lower-case hex without
 * leading zeros), the key of 番号紐付情報.
 */
public record CertificateId(String issuer, String serial) {

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{1,64}");

  public CertificateId {
    if (issuer == null || issuer.isBlank() || issuer.length() > 500) {
      throw new IllegalArgumentException("発行者（issuer）は1〜500文字で指定してください");
    }
    if (serial == null) {
      throw new IllegalArgumentException("シリアル番号を指定してください");
    }
    serial = serial.strip().toLowerCase(Locale.ROOT).replace(":", "");
    if (!HEX.matcher(serial).matches()) {
      throw new IllegalArgumentException("シリアル番号は16進数（64桁以内）で指定してください");
    }
    serial = new BigInteger(serial, 16).toString(16);
    issuer = issuer.strip();
  }

  public static CertificateId of(java.security.cert.X509Certificate certificate) {
    return new CertificateId(
        certificate.getIssuerX500Principal().getName(), certificate.getSerialNumber().toString(16));
  }
}
