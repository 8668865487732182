package fr.cci.hotline.cases.records;

import static fr.cci.hotline.cases.records.Columns.fit;
import static fr.cci.hotline.cases.records.Columns.seconds;
import static fr.cci.hotline.cases.records.Columns.time;

import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.telephony.DialStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One ring of an advisor's phone for a case, and how it ended. */
@Entity
@Table(name = "case_offer")
class CaseOffer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_number", nullable = false)
  private String caseNumber;

  @Column(name = "advisor_id", nullable = false)
  private String advisorId;

  private String chamber;

  @Column(name = "offered_at", nullable = false)
  private Instant offeredAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private DialStatus outcome;

  @Column(name = "ring_seconds")
  private Integer ringSeconds;

  protected CaseOffer() {}

  CaseOffer(String caseNumber, String advisorId, String chamber, Instant offeredAt) {
    this.caseNumber = caseNumber;
    this.advisorId = fit(advisorId, 40);
    this.chamber = fit(chamber, 40);
    this.offeredAt = time(offeredAt);
  }

  /** The ring ended with {@code outcome}, after {@code rang} if known, else at {@code at}. */
  void ended(DialStatus outcome, Duration rang, Instant at) {
    this.outcome = outcome == null ? DialStatus.UNKNOWN : outcome;
    this.ringSeconds = seconds(rang, offeredAt, at);
  }

  CaseDetails.Offer details() {
    return new CaseDetails.Offer(
        advisorId, chamber, offeredAt, outcome == null ? null : outcome.name(), ringSeconds);
  }
}
