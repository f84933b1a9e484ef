package jp.madoguchi.app.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One line of the access log. Its hash is SHA-256 over the previous entry's hash and the entry's
 * canonical form, so changing, removing or reordering any stored entry breaks the chain from there.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id private long seq;

  private Instant at;

  private String actor;

  private String action;

  private String target;

  private String detail;

  @Column(name = "prev_hash")
  private String previousHash;

  private String hash;

  protected AuditEntry() {}

  public AuditEntry(
      long seq,
      Instant at,
      String actor,
      AuditAction action,
      String target,
      String detail,
      String previousHash) {
    this(seq, at, actor, action.name(), target, detail, previousHash);
  }

  /** An entry chained by the sequencer ({@link AuditChain#link}), its action already a name. */
  AuditEntry(
      long seq,
      Instant at,
      String actor,
      String action,
      String target,
      String detail,
      String previousHash) {
    this.seq = seq;
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.target = target;
    this.detail = detail;
    this.previousHash = previousHash;
    this.hash = computeHash();
  }

  /** The hash this entry should have given its stored fields. */
  public String computeHash() {
    return sha256(previousHash + "\n" + canonical());
  }

  /** Fields joined with unit separators; the timestamp in microseconds, as databases keep it. */
  private String canonical() {
    long micros = at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
    return String.join(
        "\u001f",
        Long.toString(seq),
        Long.toString(micros),
        actor,
        action,
        target == null ? "" : target,
        detail == null ? "" : detail);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public long seq() {
    return seq;
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String target() {
    return target;
  }

  public String detail() {
    return detail;
  }

  public String previousHash() {
    return previousHash;
  }

  public String hash() {
    return hash;
  }
}
