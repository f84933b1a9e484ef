package jp.madoguchi.app.infrastructure.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.madoguchi.app.infrastructure.security.MyNumberCipher;

/**
 * Key rotation of the sealed secret header values of linkage routes: every route version holding a
 * value sealed with an earlier key is sealed again with the current key (the secret itself is
 * unchanged, so the route's versions stay as they were).
 */
@ApplicationScoped
public class RouteSecretRotation {

  /** A sealed value inside the stored JSON: {@code aes-gcm:<key id>:<base64>}. */
  private static final Pattern SEALED = Pattern.compile("aes-gcm:[^:\"\\\\]+:[A-Za-z0-9+/=]+");

  @PersistenceContext(unitName = "madoguchi")
  EntityManager em;

  @Inject MyNumberCipher cipher;

  /** Seals again what an earlier key sealed; the number of route versions changed. */
  @Transactional
  @SuppressWarnings("unchecked")
  public int resealAll() {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT route_id, version, config_json FROM linkage_route_version"
                    + " WHERE config_json LIKE '%aes-gcm:%'")
            .getResultList();
    int changed = 0;
    for (Object[] row : rows) {
      String config = NativeRows.text(row[2]);
      Matcher sealed = SEALED.matcher(config);
      StringBuilder resealed = new StringBuilder();
      while (sealed.find()) {
        sealed.appendReplacement(resealed, Matcher.quoteReplacement(cipher.reseal(sealed.group())));
      }
      sealed.appendTail(resealed);
      if (!resealed.toString().equals(config)) {
        em.createNativeQuery(
                "UPDATE linkage_route_version SET config_json = ?1 WHERE route_id = ?2"
                    + " AND version = ?3")
            .setParameter(1, resealed.toString())
            .setParameter(2, row[0])
            .setParameter(3, row[1])
            .executeUpdate();
        changed++;
      }
    }
    return changed;
  }
}
