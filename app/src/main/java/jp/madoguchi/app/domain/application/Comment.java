package jp.madoguchi.app.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** 職員メモ: an internal note on an application, never shown to the resident. */
@Entity
@Table(name = "application_comment")
public class Comment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "application_id")
  private Application application;

  private String author;

  private String body;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Comment() {}

  Comment(Application application, String author, String body, Instant createdAt) {
    this.application = application;
    this.author = author;
    this.body = body;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public String author() {
    return author;
  }

  public String body() {
    return body;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
