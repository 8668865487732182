package fr.cci.hotline.cases.access;

import fr.cci.hotline.cases.AuditEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One audit line as stored; never updated. */
@Entity
@Table(name = "case_audit")
class AuditRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 64)
  private String username;

  @Column(nullable = false, length = 24)
  private String action;

  @Column(name = "case_number", length = 32)
  private String caseNumber;

  @Column(length = 500)
  private String detail;

  @Column(length = 64)
  private String address;

  protected AuditRecord() {}

  AuditRecord(
      Instant at,
      String username,
      String action,
      String caseNumber,
      String detail,
      String address) {
    this.occurredAt = at.truncatedTo(ChronoUnit.MICROS);
    this.username = cut(username, 64);
    this.action = action;
    this.caseNumber = caseNumber;
    this.detail = cut(detail, 500);
    this.address = cut(address, 64);
  }

  AuditEntry entry() {
    return new AuditEntry(id, occurredAt, username, action, caseNumber, detail, address);
  }

  private static String cut(String value, int length) {
    return value == null || value.length() <= length ? value : value.substring(0, length);
  }
}
