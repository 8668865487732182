package fr.cci.hotline.routing.line;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * A row of the waiting line.
 *
 * @param arrivedAt when the call arrived: the line is ordered by it
 * @param queuedAt when the caller joined the line, after the menu: their wait counts from it (null
 *     until the row is written)
 */
public record WaitingEntry(
    String callId,
    String caseNumber,
    String department,
    Instant arrivedAt,
    String previousAdvisor,
    Set<String> tried,
    State state,
    String advisorId,
    Instant offeredAt,
    String ringingChannel,
    Instant answeredAt,
    String instanceId,
    Instant queuedAt) {

  /** A caller joining the line: waiting, and not offered to anyone yet. */
  public static WaitingEntry waiting(
      String callId,
      String caseNumber,
      String department,
      Instant arrivedAt,
      String previousAdvisor,
      String instanceId) {
    return new WaitingEntry(
        callId,
        caseNumber,
        department,
        arrivedAt,
        previousAdvisor,
        Set.of(),
        State.WAITING,
        null,
        null,
        null,
        null,
        instanceId,
        null);
  }

  /** The same caller, in the line since {@code at}. */
  public WaitingEntry queuedAt(Instant at) {
    return new WaitingEntry(
        callId,
        caseNumber,
        department,
        arrivedAt,
        previousAdvisor,
        tried,
        state,
        advisorId,
        offeredAt,
        ringingChannel,
        answeredAt,
        instanceId,
        at);
  }

  /**
   * How long the caller has waited at {@code at}: from joining the line, the menu left out (from
   * the arrival for a row written before the line kept that time).
   */
  public Duration waitedUntil(Instant at) {
    return Duration.between(queuedAt != null ? queuedAt : arrivedAt, at);
  }

  public enum State {
    WAITING,
    OFFERED,
    CONNECTED,
    /** Confirming the number to be called back at: out of dispatch meanwhile. */
    CALLBACK
  }
}
