package fr.cci.hotline.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as the screens show it.
 *
 * @param callerNumber confidential: null once retention has erased it; never log it
 * @param stepReached where an abandoned caller stopped: a menu step, or {@code waiting}
 * @param previousCaseNumber the same caller's previous case within the link window, or null
 * @param offers every time the call rang an advisor, oldest first
 * @param orientation the codes of the partners the caller was oriented to, comma-separated
 * @param companyName confidential, like the notes: erased at the end of retention
 * @param siren confidential, like the notes: erased at the end of retention
 * @param sizeBand a {@link SizeBand} name, or null
 * @param outcome a {@link CaseOutcome} name once the form is saved, else null
 * @param completedBy the user who last saved the form
 * @param fallbackOutcome when the dialplan's fallback queue took the call (the service could not
 *     decide, or was away): {@code ANSWERED} (by the advisor named), {@code ABANDONED} or {@code
 *     TIMED_OUT}; null otherwise
 */
public record CaseDetails(
    String caseNumber,
    CaseStatus status,
    String callId,
    String callerNumber,
    String dialledNumber,
    String topic,
    String department,
    String postalCode,
    String chamber,
    String advisorId,
    String stepReached,
    String previousCaseNumber,
    Timeline timeline,
    Boolean lineOpen,
    boolean callbackRequested,
    String orientation,
    String notes,
    LocalDate followUpDate,
    Instant retentionUntil,
    List<Offer> offers,
    String companyName,
    String siren,
    String sizeBand,
    String outcome,
    Instant completedAt,
    String completedBy,
    String fallbackOutcome) {

  /** The partners' codes of {@link #orientation()}. */
  public List<String> partners() {
    return orientation == null || orientation.isBlank()
        ? List.of()
        : List.of(orientation.split(","));
  }

  /**
   * When things happened. The menu is not wait: a call spends {@code menuSeconds} in the menu, then
   * {@code waitSeconds} in the waiting line.
   *
   * @param queuedAt when the caller joined the waiting line, after the menu
   * @param waitSeconds from joining the waiting line to the answer, or to the hang-up of a caller
   *     who left the line; null for a call that never waited
   * @param menuSeconds from the arrival to the waiting line, or to a hang-up in the menu
   */
  public record Timeline(
      Instant arrivedAt,
      Instant queuedAt,
      Instant answeredAt,
      Instant endedAt,
      Integer waitSeconds,
      Integer talkSeconds,
      Integer menuSeconds) {}

  /**
   * One ring of an advisor's phone.
   *
   * @param outcome Asterisk's DIALSTATUS ({@code ANSWER}, {@code NOANSWER}, {@code BUSY}…), null
   *     while ringing
   */
  public record Offer(
      String advisorId, String chamber, Instant offeredAt, String outcome, Integer ringSeconds) {}

  /** Keeps the caller number out of logs and error messages. */
  @Override
  public String toString() {
    return "CaseDetails[" + caseNumber + ", " + status + "]";
  }
}
