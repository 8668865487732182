package fr.cci.hotline.cases.records;

import static fr.cci.hotline.cases.records.Columns.fit;
import static fr.cci.hotline.cases.records.Columns.seconds;
import static fr.cci.hotline.cases.records.Columns.time;

import fr.cci.hotline.cases.CaseCompletion;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.cases.CaseSummary;
import fr.cci.hotline.cases.records.CaseLifeCycle.Happening;
import fr.cci.hotline.telephony.CallerNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One call's case. Its methods take what an event says and keep what is new: the first arrival, the
 * first answer, the last end; a value an event does not know (null) never erases one already known,
 * so that events may come late, twice, or after a case was rebuilt from a later event.
 */
@Entity
@Table(name = "case_record")
class CaseRecord {

  static final String WAITING = "waiting";

  /** A caller who hung up after the menu, before joining the waiting line. */
  static final String ROUTING = "routing";

  /** A caller the dialplan's fallback queue let go unanswered. */
  static final String FALLBACK = "fallback";

  @Id
  @Column(name = "case_number", length = 32)
  private String caseNumber;

  @Column(name = "call_id")
  private String callId;

  @Column(name = "caller_number")
  private String callerNumber;

  @Column(name = "dialled_number")
  private String dialledNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CaseStatus status;

  private String topic;
  private String department;

  @Column(name = "postal_code")
  private String postalCode;

  private String chamber;

  @Column(name = "advisor_id")
  private String advisorId;

  @Column(name = "step_reached")
  private String stepReached;

  @Column(name = "previous_case_number")
  private String previousCaseNumber;

  @Column(name = "arrived_at", nullable = false)
  private Instant arrivedAt;

  @Column(name = "queued_at")
  private Instant queuedAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "wait_seconds")
  private Integer waitSeconds;

  @Column(name = "talk_seconds")
  private Integer talkSeconds;

  @Column(name = "menu_seconds")
  private Integer menuSeconds;

  /**
   * How the dialplan's fallback queue ended the call, when it took it: a FallbackCallEnded outcome.
   */
  @Column(name = "fallback_outcome", length = 16)
  private String fallbackOutcome;

  @Column(name = "line_open")
  private Boolean lineOpen;

  @Column(name = "callback_requested", nullable = false)
  private boolean callbackRequested;

  private String notes;
  private String orientation;

  @Column(name = "follow_up_date")
  private LocalDate followUpDate;

  @Column(name = "retention_until", nullable = false)
  private Instant retentionUntil;

  @Column(name = "company_name")
  private String companyName;

  private String siren;

  @Column(name = "size_band")
  private String sizeBand;

  private String outcome;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "completed_by")
  private String completedBy;

  @Version private Long version;

  protected CaseRecord() {}

  /** Opens a case, from its arrival or, when that was lost, from the first event known. */
  CaseRecord(String caseNumber, Instant arrivedAt) {
    this.caseNumber = caseNumber;
    this.arrivedAt = time(arrivedAt);
    this.retentionUntil = this.arrivedAt;
    this.status = CaseStatus.OPEN;
  }

  void arrived(
      String callId, CallerNumber callerNumber, String dialledNumber, boolean open, Instant at) {
    this.callId = known(fit(callId, 64), this.callId);
    this.callerNumber = known(stored(callerNumber), this.callerNumber);
    this.dialledNumber = known(fit(dialledNumber, 40), this.dialledNumber);
    this.lineOpen = open;
    this.arrivedAt = earliest(arrivedAt, time(at));
    menuTime();
  }

  void linkTo(String previousCaseNumber) {
    this.previousCaseNumber = previousCaseNumber;
  }

  void topicChosen(String topic) {
    this.topic = known(fit(topic, 40), this.topic);
  }

  /**
   * The caller's location, and the chamber that usually serves it until an advisor of another
   * chamber answers (then the answering advisor's chamber holds the case).
   */
  void located(String department, String postalCode, String homeChamber) {
    this.department = known(fit(department, 8), this.department);
    this.postalCode = known(fit(postalCode, 10), this.postalCode);
    if (this.advisorId == null) {
      this.chamber = known(fit(homeChamber, 40), this.chamber);
    }
  }

  /** Routing's idea of the département only fills in for what the caller did not say. */
  void routedFor(String routingDepartment) {
    if (department == null) {
      this.department = fit(routingDepartment, 8);
    }
  }

  void queued(String callId, String department, Instant at) {
    this.callId = known(fit(callId, 64), this.callId);
    routedFor(department);
    this.queuedAt = earliest(queuedAt, time(at));
    menuTime();
  }

  void offered(String callId, String advisorId, String chamber) {
    // The call's own channel once known: a call-back's offer names the advisor's leg instead.
    this.callId = known(this.callId, fit(callId, 64));
    transition(Happening.OFFERED);
    if (status == CaseStatus.ASSIGNED) {
      this.advisorId = fit(advisorId, 40);
      this.chamber = known(fit(chamber, 40), this.chamber);
    }
  }

  /** Only the advisor the case is assigned to can give it back: a late refusal changes nothing. */
  void declined(String advisorId) {
    if (status == CaseStatus.ASSIGNED
        && this.advisorId != null
        && this.advisorId.equals(fit(advisorId, 40))) {
      transition(Happening.DECLINED);
      this.advisorId = null;
    }
  }

  void answered(String advisorId, String chamber, String department, Duration waited, Instant at) {
    transition(Happening.ANSWERED);
    this.advisorId = fit(advisorId, 40);
    this.chamber = known(fit(chamber, 40), this.chamber);
    routedFor(department);
    if (answeredAt == null) {
      this.answeredAt = time(at);
      this.waitSeconds = seconds(waited, queuedAt, at);
      this.stepReached = null;
    }
  }

  void callEnded(String advisorId, Duration talked, Instant at) {
    transition(Happening.CALL_ENDED);
    this.advisorId = known(fit(advisorId, 40), this.advisorId);
    if (answeredAt == null && talked != null) {
      this.answeredAt = time(at.minus(talked));
    }
    this.talkSeconds = seconds(talked);
    this.endedAt = time(at);
  }

  /**
   * The caller hung up before an answer: in the menu at {@code step} (all of it menu time), or
   * while waiting ({@code waited} in the line).
   */
  void hungUp(String step, Duration waited, Instant at) {
    CaseStatus before = status;
    transition(Happening.HUNG_UP);
    // A hang-up reported twice (by the script, then by the PBX) keeps the first step it gave.
    if (answeredAt == null && before != CaseStatus.ABANDONED && !answeredByFallback()) {
      this.stepReached = fit(step, 40);
      if (WAITING.equals(step)) {
        this.waitSeconds = seconds(waited, queuedAt, at);
      } else if (!FALLBACK.equals(step)) {
        this.menuSeconds = Columns.secondsBetween(arrivedAt, at);
      }
      this.endedAt = time(at);
    }
  }

  /**
   * The caller's channel ended with nothing else said about the call: the service had let it go
   * without a decision (routing could not reach the database) and no queue reported on it, or the
   * hang-up was missed while the AMI link was down. A case still OPEN is then abandoned where the
   * service last saw the caller; a call the fallback queue answered gets its end.
   */
  void channelEnded(Instant at) {
    if (status == CaseStatus.OPEN) {
      hungUp(queuedAt != null ? WAITING : ROUTING, null, at);
    } else if (answeredByFallback() && endedAt == null) {
      this.endedAt = time(at);
    }
  }

  /** An advisor took the call in the dialplan's fallback queue (outside the service's line). */
  void answeredInFallbackQueue(String advisorId, Instant at) {
    CaseStatus before = status;
    transition(Happening.ANSWERED);
    if (before != status) {
      this.advisorId = known(fit(advisorId, 40), this.advisorId);
      this.fallbackOutcome = "ANSWERED";
      this.stepReached = null;
    }
  }

  /** The fallback queue let the caller go: they hung up there, or nobody answered in time. */
  void leftFallbackQueue(String outcome, Instant at) {
    CaseStatus before = status;
    hungUp(FALLBACK, null, at);
    if (before != status) {
      this.fallbackOutcome = fit(outcome, 16);
    }
  }

  private boolean answeredByFallback() {
    return "ANSWERED".equals(fallbackOutcome);
  }

  void callbackRequested(CallerNumber callerNumber, String department, Instant arrivedAt) {
    this.callbackRequested = true;
    transition(Happening.CALLBACK_REQUESTED);
    // The number presented stays the caller's; a hidden caller is known by the one they typed.
    this.callerNumber = known(this.callerNumber, stored(callerNumber));
    routedFor(department);
    this.arrivedAt = earliest(this.arrivedAt, time(arrivedAt));
  }

  void reachedClosedLine(boolean callbackWanted, Instant at) {
    this.lineOpen = false;
    this.endedAt = time(at);
    if (callbackWanted) {
      callbackRequested(null, null, null);
    } else {
      transition(Happening.CLOSED_LINE);
    }
  }

  /** The line closed while the caller waited; they were told the hours. */
  void closedWhileWaiting(String department, Duration waited, Instant at) {
    routedFor(department);
    transition(Happening.CLOSED_LINE);
    if (answeredAt == null) {
      this.waitSeconds = seconds(waited, arrivedAt, at);
      this.endedAt = time(at);
    }
  }

  /** A call-back's advisor answered but the business owner did not: pending again. */
  void ownerNotReached(String advisorId) {
    if (status == CaseStatus.ASSIGNED
        && this.advisorId != null
        && this.advisorId.equals(fit(advisorId, 40))) {
      transition(Happening.OWNER_NOT_REACHED);
      this.advisorId = null;
    }
  }

  void callbackFailed(Instant at) {
    transition(Happening.CALLBACK_GIVEN_UP);
    if (status == CaseStatus.CALLBACK_FAILED) {
      this.advisorId = null;
      this.endedAt = time(at);
    }
  }

  void callbackRetried() {
    transition(Happening.CALLBACK_RETRIED);
  }

  void callbackCancelled(Instant at) {
    CaseStatus before = status;
    transition(Happening.CALLBACK_CANCELLED);
    if (before != status) {
      this.endedAt = time(at);
      this.advisorId = before == CaseStatus.ASSIGNED ? null : this.advisorId;
    }
  }

  /** The advisor's form, checked beforehand ({@code CaseForm}): the case is CLOSED. */
  void complete(CaseCompletion completion, String by, Instant at) {
    if (!CaseLifeCycle.completable(status)) {
      throw new IllegalStateException(
          "case " + caseNumber + " is " + status + ": its call is not over yet");
    }
    transition(Happening.FORM_COMPLETED);
    this.companyName = blankToNull(fit(completion.companyName(), 200));
    this.siren = blankToNull(fit(completion.siren(), 9));
    this.sizeBand = blankToNull(completion.sizeBand());
    this.topic = known(fit(completion.topic(), 40), this.topic);
    this.notes = blankToNull(fit(completion.notes(), 4000));
    this.orientation =
        completion.partners().isEmpty() ? null : fit(String.join(",", completion.partners()), 500);
    this.outcome = completion.outcome();
    this.followUpDate = completion.followUpDate();
    this.completedBy = fit(by, 64);
    this.completedAt = time(at);
  }

  /** Personal data is kept for the retention period from the end of the call (or its arrival). */
  void retainFor(Period retention) {
    Instant from = endedAt != null ? endedAt : arrivedAt;
    this.retentionUntil = from.atOffset(ZoneOffset.UTC).plus(retention).toInstant();
  }

  CaseDetails details(List<CaseOffer> offers) {
    return new CaseDetails(
        caseNumber,
        status,
        callId,
        callerNumber,
        dialledNumber,
        topic,
        department,
        postalCode,
        chamber,
        advisorId,
        stepReached,
        previousCaseNumber,
        new CaseDetails.Timeline(
            arrivedAt, queuedAt, answeredAt, endedAt, waitSeconds, talkSeconds, menuSeconds),
        lineOpen,
        callbackRequested,
        orientation,
        notes,
        followUpDate,
        retentionUntil,
        offers.stream().map(CaseOffer::details).toList(),
        companyName,
        siren,
        sizeBand,
        outcome,
        completedAt,
        completedBy,
        fallbackOutcome);
  }

  /** As lists show it: the caller number masked. */
  CaseSummary summary() {
    return new CaseSummary(
        caseNumber,
        status,
        arrivedAt,
        topic,
        department,
        chamber,
        advisorId,
        callerNumber == null ? null : CallerNumber.of(callerNumber).masked(),
        companyName,
        siren,
        outcome,
        followUpDate,
        waitSeconds);
  }

  String caseNumber() {
    return caseNumber;
  }

  String callerNumber() {
    return callerNumber;
  }

  Instant arrivedAt() {
    return arrivedAt;
  }

  /** The menu lasts from the arrival to the waiting line; either may become known first. */
  private void menuTime() {
    if (queuedAt != null) {
      this.menuSeconds = Columns.secondsBetween(arrivedAt, queuedAt);
    }
  }

  /** The status moves as the case life cycle says for what happened. */
  private void transition(Happening happening) {
    this.status = CaseLifeCycle.after(happening, status, callbackRequested);
  }

  /** A hidden number is stored as none: it recognises nobody. */
  private static String stored(CallerNumber number) {
    return number == null ? null : fit(number.value(), 40);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static String known(String value, String current) {
    return value == null || value.isEmpty() ? current : value;
  }

  private static Instant earliest(Instant current, Instant candidate) {
    if (current == null) {
      return candidate;
    }
    return candidate == null || current.isBefore(candidate) ? current : candidate;
  }
}
