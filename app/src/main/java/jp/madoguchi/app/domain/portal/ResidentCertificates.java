package jp.madoguchi.app.domain.portal;

import java.util.List;
import java.util.Optional;

/** 番号紐付情報, kept by IT staff. */
public interface ResidentCertificates {

  Optional<ResidentCertificate> find(CertificateId certificate);

  List<ResidentCertificate> all();

  void add(ResidentCertificate entry);

  boolean remove(CertificateId certificate);
}
