package fr.cci.hotline.routing.web;

import fr.cci.hotline.routing.callback.Callback;
import fr.cci.hotline.routing.callback.CallbackAttempt;
import fr.cci.hotline.routing.callback.CallbackAudit;
import fr.cci.hotline.routing.callback.CallbackState;
import java.time.Instant;
import java.util.List;

/**
 * A call-back as the API shows it. The number is masked ({@code 06 •• •• •• 78}): the page and the
 * API help follow call-backs up, not dial them by hand.
 *
 * @param state PENDING, RINGING, ANSWERED, DIALLING, DONE, FAILED or CANCELLED
 * @param attempts times the business owner was rung without answering, out of {@code maxAttempts}
 * @param nextAttemptAt for a pending call-back, not before then (within opening hours, when an
 *     advisor is free)
 * @param lastOutcome the business owner's phone at the last attempt (NOANSWER, BUSY…)
 * @param history every ring of an advisor's phone, and who triggered or cancelled it and why; only
 *     in the details of one call-back
 */
record CallbackView(
    String caseNumber,
    CallbackState state,
    String stateLabel,
    String number,
    String department,
    String reason,
    Instant arrivedAt,
    Instant requestedAt,
    int attempts,
    int maxAttempts,
    Instant nextAttemptAt,
    String lastOutcome,
    String advisorId,
    Instant endedAt,
    History history) {

  /** What happened to a call-back so far. */
  record History(List<CallbackAttempt> attempts, List<CallbackAudit> actions) {}

  static CallbackView of(Callback callback, int maxAttempts, CallbackLabels labels) {
    return of(callback, maxAttempts, labels, null);
  }

  static CallbackView of(
      Callback callback, int maxAttempts, CallbackLabels labels, History history) {
    return new CallbackView(
        callback.caseNumber(),
        callback.state(),
        labels.state(callback.state().name()),
        callback.number().presented() ? callback.number().masked() : null,
        callback.department(),
        callback.reason().name(),
        callback.arrivedAt(),
        callback.requestedAt(),
        callback.attempts(),
        maxAttempts,
        callback.state() == CallbackState.PENDING ? callback.dueAt() : null,
        callback.lastOutcome(),
        callback.advisorId(),
        callback.endedAt(),
        history);
  }
}
