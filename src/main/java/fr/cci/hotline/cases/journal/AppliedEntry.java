package fr.cci.hotline.cases.journal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.data.domain.Persistable;

/**
 * A journal entry already applied: written in the same transaction as its effect, it lets an entry
 * replayed after a crash (applied, but not yet removed from the spool) be skipped.
 */
@Entity
@Table(name = "case_event")
public class AppliedEntry implements Persistable<String> {

  @Id
  @Column(name = "entry_id", length = 36)
  private String entryId;

  @Column(name = "case_number", nullable = false)
  private String caseNumber;

  @Column(nullable = false)
  private String kind;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "applied_at", nullable = false)
  private Instant appliedAt;

  // Its id is assigned: without this, saving it would first look it up to choose insert or merge.
  @Transient private boolean stored;

  protected AppliedEntry() {}

  public AppliedEntry(JournalEntry entry, Instant appliedAt) {
    this.entryId = entry.id();
    this.caseNumber = entry.caseNumber();
    this.kind = entry.kind();
    // Both databases keep microseconds.
    this.occurredAt = entry.at().truncatedTo(ChronoUnit.MICROS);
    this.appliedAt = appliedAt.truncatedTo(ChronoUnit.MICROS);
  }

  @Override
  public String getId() {
    return entryId;
  }

  @Override
  public boolean isNew() {
    return !stored;
  }

  @PostLoad
  @PostPersist
  void markStored() {
    stored = true;
  }
}
