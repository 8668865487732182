package fr.cci.hotline.routing.callback;

import fr.cci.hotline.routing.CallbackRequested;
import fr.cci.hotline.telephony.CallerNumber;
import java.time.Instant;
import java.util.Set;

/**
 * A call-back as stored.
 *
 * @param number the number to call, as the caller confirmed it; {@link CallerNumber#HIDDEN} once
 *     erased (done, cancelled, or long failed). Confidential: it prints masked
 * @param arrivedAt the caller's arrival: the call-back's place in the waiting line
 * @param dueAt not attempted before (the delay after the owner did not answer)
 * @param attempts times the business owner was rung without answering
 * @param tried advisors who did not answer since the last attempt
 * @param advisorId the advisor of the attempt in progress, or who reached the owner
 * @param channelId the unique id of that advisor's leg
 */
public record Callback(
    String caseNumber,
    CallerNumber number,
    String department,
    String previousAdvisor,
    Instant arrivedAt,
    Instant requestedAt,
    CallbackRequested.Reason reason,
    CallbackState state,
    Instant dueAt,
    int attempts,
    Set<String> tried,
    String advisorId,
    String channelId,
    Instant attemptStartedAt,
    Instant answeredAt,
    String lastOutcome,
    Instant endedAt) {

  public Callback {
    tried = Set.copyOf(tried);
  }

  /** A call-back just confirmed by the caller: pending from now, no attempt made. */
  public static Callback requested(
      String caseNumber,
      CallerNumber number,
      String department,
      String previousAdvisor,
      Instant arrivedAt,
      CallbackRequested.Reason reason,
      Instant now) {
    return new Callback(
        caseNumber,
        number,
        department,
        previousAdvisor,
        arrivedAt,
        now,
        reason,
        CallbackState.PENDING,
        now,
        0,
        Set.of(),
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
