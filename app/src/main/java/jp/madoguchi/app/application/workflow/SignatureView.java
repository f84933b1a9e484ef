package jp.madoguchi.app.application.workflow;

/**
 * How a pulled application was signed, as clerks see it: whether the signature was verified, the
 * reason if not, the certificate, and whether 番号紐付情報 identified the resident (住民ID).
 */
public record SignatureView(
    boolean verified,
    String reason,
    String certificateIssuer,
    String certificateSerial,
    boolean identified,
    String residentId) {}
