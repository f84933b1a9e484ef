package jp.madoguchi.app.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.madoguchi.app.domain.application.EncryptedMyNumber;

/**
 * Key rotation at rest: moves the 個人番号 an earlier key encrypted to the current key, a batch per
 * transaction — the applicant's number ({@code application}) and the numbers of the form ({@code
 * application_my_number}); route secrets are resealed by {@code RouteSecretRotation}. Each row is
 * updated only if it still has the key id it was read with, so two nodes rotating at once do each
 * row once.
 */
@ApplicationScoped
public class StoredCipherTexts {

  @PersistenceContext(unitName = "madoguchi")
  EntityManager em;

  @Inject MyNumberCipher cipher;

  /** Re-encrypts up to {@code limit} applicants' numbers; the number of rows read (0: done). */
  @Transactional
  @SuppressWarnings("unchecked")
  public int rewrapApplicants(int limit) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, my_number_cipher, my_number_key_id, my_number_last4 FROM application"
                    + " WHERE my_number_cipher IS NOT NULL AND my_number_key_id <> ?1")
            .setParameter(1, cipher.currentKeyId())
            .setMaxResults(limit)
            .getResultList();
    for (Object[] row : rows) {
      EncryptedMyNumber now = rewrap(row[1], row[2], row[3]);
      em.createNativeQuery(
              "UPDATE application SET my_number_cipher = ?1, my_number_key_id = ?2"
                  + " WHERE id = ?3 AND my_number_key_id = ?4")
          .setParameter(1, now.cipherText())
          .setParameter(2, now.keyId())
          .setParameter(3, row[0])
          .setParameter(4, row[2])
          .executeUpdate();
    }
    return rows.size();
  }

  /** Re-encrypts up to {@code limit} numbers of forms; the number of rows read (0: done). */
  @Transactional
  @SuppressWarnings("unchecked")
  public int rewrapFormNumbers(int limit) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT application_id, revision, field_path, my_number_cipher, my_number_key_id,"
                    + " my_number_last4 FROM application_my_number WHERE my_number_key_id <> ?1")
            .setParameter(1, cipher.currentKeyId())
            .setMaxResults(limit)
            .getResultList();
    for (Object[] row : rows) {
      EncryptedMyNumber now = rewrap(row[3], row[4], row[5]);
      em.createNativeQuery(
              "UPDATE application_my_number SET my_number_cipher = ?1, my_number_key_id = ?2"
                  + " WHERE application_id = ?3 AND revision = ?4 AND field_path = ?5"
                  + " AND my_number_key_id = ?6")
          .setParameter(1, now.cipherText())
          .setParameter(2, now.keyId())
          .setParameter(3, row[0])
          .setParameter(4, row[1])
          .setParameter(5, row[2])
          .setParameter(6, row[4])
          .executeUpdate();
    }
    return rows.size();
  }

  private EncryptedMyNumber rewrap(Object cipherText, Object keyId, Object lastFour) {
    return cipher.rewrap(
        new EncryptedMyNumber(
            (String) cipherText, (String) keyId, String.valueOf(lastFour).strip()));
  }
}
