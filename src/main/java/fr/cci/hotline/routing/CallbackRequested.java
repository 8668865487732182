package fr.cci.hotline.routing;

import fr.cci.hotline.telephony.CallerNumber;
import java.time.Instant;

/**
 * The caller asked to be called back rather than wait (or because the line was closed) and
 * confirmed the number. The call-back keeps the caller's place: {@code arrivedAt} is their original
 * arrival.
 *
 * @param callerNumber the number to call back, as the caller confirmed it (the one presented, or
 *     one they typed); confidential, it prints masked
 */
public record CallbackRequested(
    String caseNumber,
    CallerNumber callerNumber,
    String department,
    Instant arrivedAt,
    Reason reason,
    Instant at) {

  public enum Reason {
    LINE_CLOSED,
    WAITING
  }
}
