package jp.madoguchi.app.infrastructure.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.app.domain.portal.CertificateId;
import jp.madoguchi.app.domain.portal.ResidentCertificate;
import jp.madoguchi.app.domain.portal.ResidentCertificates;

@ApplicationScoped
@Transactional
public class JpaResidentCertificates implements ResidentCertificates {

  @PersistenceContext(unitName = "madoguchi")
  EntityManager em;

  @Override
  public Optional<ResidentCertificate> find(CertificateId certificate) {
    return Optional.ofNullable(
        em.find(
            ResidentCertificate.class,
            new ResidentCertificate.Key(certificate.issuer(), certificate.serial())));
  }

  @Override
  public List<ResidentCertificate> all() {
    return em.createQuery(
            "select c from ResidentCertificate c order by c.residentId, c.serial",
            ResidentCertificate.class)
        .getResultList();
  }

  @Override
  public void add(ResidentCertificate entry) {
    em.persist(entry);
  }

  @Override
  public boolean remove(CertificateId certificate) {
    return find(certificate)
        .map(
            found -> {
              em.remove(found);
              return true;
            })
        .orElse(false);
  }
}
