package jp.madoguchi.app.application.workflow;

/** One row of 番号紐付情報 as the API shows and takes it. */
public record ResidentCertificateEntry(
    String issuer, String serial, String residentId, String updatedBy, String updatedAt) {}
