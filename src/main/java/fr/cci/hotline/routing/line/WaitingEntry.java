package fr.cci.hotline.routing.line;

import java.time.Instant;
import java.util.Set;

/** A row of the waiting line. */
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
    String instanceId) {

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
        instanceId);
  }

  public enum State {
    WAITING,
    OFFERED,
    CONNECTED,
    /** Confirming the number to be called back at: out of dispatch meanwhile. */
    CALLBACK
  }
}
