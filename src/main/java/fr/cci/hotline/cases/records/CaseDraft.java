package fr.cci.hotline.cases.records;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A half-filled case form as the page last sent it (its fields, form-encoded), so that a reload or
 * a closed tab loses nothing. Confidential like the notes it holds.
 */
@Entity
@Table(name = "case_draft")
@IdClass(CaseDraft.Key.class)
class CaseDraft {

  /** One draft per case and user. */
  record Key(String caseNumber, String username) implements Serializable {
    Key() {
      this(null, null);
    }
  }

  @Id
  @Column(name = "case_number", length = 32)
  private String caseNumber;

  @Id
  @Column(length = 64)
  private String username;

  @Column(nullable = false, length = 8000)
  private String content;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  protected CaseDraft() {}

  CaseDraft(String caseNumber, String username, String content, Instant savedAt) {
    this.caseNumber = caseNumber;
    this.username = username;
    this.content = content;
    this.savedAt = Columns.time(savedAt);
  }

  String content() {
    return content;
  }
}
