package jp.madoguchi.app.domain.application;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;

/** One file sent with an application, kept byte for byte with its SHA-256 (原本性). */
@Entity
@Table(name = "attachment")
public class Attachment {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id")
  private Application application;

  private int position;

  /** The submission it came with: 1 for the first (初回), 2 for the first 再提出 and so on. */
  private int revision;

  private String kind;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "media_type")
  private String mediaType;

  @Column(name = "size_bytes")
  private long sizeBytes;

  private String sha256;

  @Basic(fetch = FetchType.LAZY)
  private byte[] content;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "sanitised_content")
  private byte[] sanitisedContent;

  @Column(name = "sanitised_sha256")
  private String sanitisedSha256;

  /** What sanitising removed, joined with 「、」; empty when nothing was there. */
  @Column(name = "removed_items")
  private String removedItems;

  protected Attachment() {}

  Attachment(Application application, int position, int revision, AttachmentUpload upload) {
    this.id = UUID.randomUUID();
    this.application = application;
    this.position = position;
    this.revision = revision;
    this.kind = upload.kind();
    this.fileName = upload.fileName();
    this.mediaType = upload.type().mediaType();
    this.sizeBytes = upload.content().length;
    this.sha256 = upload.sha256();
    this.content = upload.content();
    this.sanitisedContent = upload.sanitisedContent();
    this.sanitisedSha256 = AttachmentUpload.sha256Hex(upload.sanitisedContent());
    this.removedItems = String.join("、", upload.removed());
  }

  public UUID id() {
    return id;
  }

  public int position() {
    return position;
  }

  public int revision() {
    return revision;
  }

  public String kind() {
    return kind;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  /** The original as received, for supervisors (原本). */
  public byte[] original() {
    return content.clone();
  }

  /** What clerks and core systems get: the sanitised copy (older rows: the original). */
  public byte[] content() {
    return sanitisedContent == null ? content.clone() : sanitisedContent.clone();
  }

  public String sanitisedSha256() {
    return sanitisedSha256 == null ? sha256 : sanitisedSha256;
  }

  public List<String> removed() {
    return removedItems == null || removedItems.isEmpty()
        ? List.of()
        : List.of(removedItems.split("、"));
  }
}
