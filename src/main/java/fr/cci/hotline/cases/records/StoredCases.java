package fr.cci.hotline.cases.records;

import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.cases.CaseTimes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The stored case records. */
interface StoredCases
    extends JpaRepository<CaseRecord, String>, JpaSpecificationExecutor<CaseRecord> {

  /** The caller's cases that arrived in [since, until], most recent first, except {@code self}. */
  @Query(
      """
      select c.caseNumber from CaseRecord c
      where c.callerNumber = :number and c.caseNumber <> :self
        and c.arrivedAt >= :since and c.arrivedAt <= :until
      order by c.arrivedAt desc
      """)
  List<String> earlierCases(
      String number, String self, Instant since, Instant until, Pageable page);

  /** The advisors who answered the caller since {@code since}, most recent first. */
  @Query(
      """
      select c.advisorId from CaseRecord c
      where c.callerNumber = :number and c.arrivedAt >= :since
        and c.answeredAt is not null and c.advisorId is not null
      order by c.arrivedAt desc
      """)
  List<String> advisorsWhoAnswered(String number, Instant since, Pageable page);

  List<CaseRecord> findByAdvisorIdOrderByArrivedAtDesc(String advisorId, Pageable page);

  /**
   * The figures of the calls that arrived from (included) to (excluded): no caller number, no
   * notes.
   */
  @Query(
      """
      select new fr.cci.hotline.cases.CaseTimes(c.department, c.chamber, c.topic, c.status,
        c.stepReached, c.lineOpen, c.callbackRequested, c.arrivedAt, c.queuedAt, c.answeredAt,
        c.endedAt, c.menuSeconds, c.waitSeconds, c.talkSeconds)
      from CaseRecord c
      where c.arrivedAt >= :from and c.arrivedAt < :to
      order by c.arrivedAt
      """)
  List<CaseTimes> timesOfArrivals(Instant from, Instant to);

  long countByStatus(CaseStatus status);

  /** The advisor's cases whose call is not over for them: ringing, talking, or form to fill. */
  List<CaseRecord> findByAdvisorIdAndStatusInOrderByArrivedAtDesc(
      String advisorId, Collection<CaseStatus> statuses, Pageable page);

  List<CaseRecord> findByAdvisorIdAndFollowUpDateOrderByArrivedAtAsc(
      String advisorId, LocalDate followUpDate);

  Optional<CaseRecord> findFirstByCallIdOrderByArrivedAtDesc(String callId);

  /** Every case of one caller number, oldest first (the caller's own data, for export). */
  List<CaseRecord> findByCallerNumberOrderByArrivedAtAsc(String callerNumber);

  /** The caller's cases before {@code before}, most recent first. */
  List<CaseRecord> findByCallerNumberAndArrivedAtBeforeOrderByArrivedAtDesc(
      String callerNumber, Instant before, Pageable page);

  /** Erases one caller's personal data from all their cases (an erasure request). */
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query(
      """
      update CaseRecord c
      set c.callerNumber = null, c.notes = null, c.postalCode = null, c.companyName = null,
          c.siren = null, c.version = c.version + 1
      where c.callerNumber = :number
      """)
  int eraseCaller(String number);

  /** Erases the personal data of cases past retention; statistics columns stay. */
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query(
      """
      update CaseRecord c
      set c.callerNumber = null, c.notes = null, c.postalCode = null, c.companyName = null,
          c.siren = null, c.version = c.version + 1
      where c.retentionUntil < :now
        and (c.callerNumber is not null or c.notes is not null or c.postalCode is not null
          or c.companyName is not null or c.siren is not null)
      """)
  int erasePersonalData(Instant now);
}
