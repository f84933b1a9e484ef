package jp.madoguchi.app.infrastructure.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;
import jp.madoguchi.app.domain.linkage.BatchPages;
import jp.madoguchi.app.infrastructure.security.MyNumberCipher;
import org.hibernate.Session;

/**
 * Batch file pages in {@code delivery_batch_page} (V131), sealed with the installation's AES-GCM
 * key ({@link MyNumberCipher#sealBytes}) under the key id stored with each page; plain JDBC, one
 * round trip per page, nothing kept in the persistence context.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaBatchPages implements BatchPages {

  @PersistenceContext(unitName = "madoguchi")
  EntityManager em;

  @Inject MyNumberCipher cipher;

  @Override
  public Optional<Page> find(UUID batchId, int afterSeq) {
    Page[] found = new Page[1];
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT last_seq, row_count, key_id, content FROM delivery_batch_page"
                          + " WHERE batch_id = ? AND after_seq = ?")) {
                select.setObject(1, batchId);
                select.setInt(2, afterSeq);
                try (ResultSet rs = select.executeQuery()) {
                  if (rs.next()) {
                    found[0] =
                        new Page(
                            afterSeq,
                            rs.getInt(1),
                            rs.getInt(2),
                            cipher.openBytes(rs.getBytes(4), rs.getString(3)));
                  }
                }
              }
            });
    return Optional.ofNullable(found[0]);
  }

  @Override
  public void add(UUID batchId, Page page) {
    byte[] sealed = cipher.sealBytes(page.content());
    String keyId = cipher.currentKeyId();
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "INSERT INTO delivery_batch_page (batch_id, after_seq, last_seq, row_count,"
                          + " key_id, content) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, batchId);
                insert.setInt(2, page.afterSeq());
                insert.setInt(3, page.lastSeq());
                insert.setInt(4, page.rows());
                insert.setString(5, keyId);
                insert.setBytes(6, sealed);
                insert.executeUpdate();
              }
            });
  }
}
