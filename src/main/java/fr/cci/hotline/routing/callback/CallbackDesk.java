package fr.cci.hotline.routing.callback;

import fr.cci.hotline.routing.CallbackRequested;
import fr.cci.hotline.routing.CallbackRequests;
import fr.cci.hotline.routing.line.PreviousAdvisors;
import fr.cci.hotline.routing.line.WaitingEntry;
import fr.cci.hotline.routing.line.WaitingLine;
import fr.cci.hotline.telephony.CallChannel;
import fr.cci.hotline.telephony.CallerNumber;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where call-backs are asked for: from the menu when the line is closed, and from the waiting room.
 * The number is confirmed with the caller first; then the request is kept, and a waiting caller's
 * row leaves the line in the same transaction, so that their place is held by exactly one of the
 * two.
 */
@Service
public class CallbackDesk implements CallbackRequests {

  private static final Logger log = LoggerFactory.getLogger(CallbackDesk.class);

  private final NumberConfirmation confirmation;
  private final CallbackLine callbacks;
  private final WaitingLine line;
  private final PreviousAdvisors previousAdvisors;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CallbackDesk(
      NumberConfirmation confirmation,
      CallbackLine callbacks,
      WaitingLine line,
      PreviousAdvisors previousAdvisors,
      TransactionTemplate transactions,
      ApplicationEventPublisher events,
      Clock clock) {
    this.confirmation = confirmation;
    this.callbacks = callbacks;
    this.line = line;
    this.previousAdvisors = previousAdvisors;
    this.transactions = transactions;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public boolean request(
      CallChannel call,
      String caseNumber,
      String department,
      Instant arrivedAt,
      CallbackRequested.Reason reason) {
    Optional<CallerNumber> number = confirmation.confirm(call);
    if (number.isEmpty()) {
      return false;
    }
    Instant now = clock.instant();
    return keep(
        Callback.requested(
            caseNumber,
            number.get(),
            department,
            previousAdvisors.of(call.callerNumber()),
            arrivedAt,
            reason,
            now),
        null);
  }

  /**
   * A waiting caller who pressed the call-back key, already out of dispatch ({@link
   * WaitingLine#callback}): their row becomes the call-back once they confirm a number, or waits on
   * in the line when they do not.
   */
  public boolean requestWhileWaiting(CallChannel call, WaitingEntry entry) {
    Optional<CallerNumber> number = confirmation.confirm(call);
    Instant now = clock.instant();
    if (number.isEmpty()) {
      line.backToWaiting(entry.callId(), now);
      return false;
    }
    if (keep(
        Callback.requested(
            entry.caseNumber(),
            number.get(),
            entry.department(),
            entry.previousAdvisor(),
            entry.arrivedAt(),
            CallbackRequested.Reason.WAITING,
            now),
        entry.callId())) {
      return true;
    }
    line.backToWaiting(entry.callId(), now);
    return false;
  }

  /** Keeps the request; false when the database refused (the caller is told nothing was kept). */
  private boolean keep(Callback callback, String leavingCallId) {
    try {
      transactions.executeWithoutResult(
          status -> {
            callbacks.store(callback);
            if (leavingCallId != null) {
              line.leave(leavingCallId);
            }
          });
    } catch (DataAccessException unreachable) {
      log.warn(
          "Call-back of case {} not kept: {}",
          callback.caseNumber(),
          unreachable.getClass().getSimpleName());
      return false;
    }
    events.publishEvent(
        new CallbackRequested(
            callback.caseNumber(),
            callback.number(),
            callback.department(),
            callback.arrivedAt(),
            callback.reason(),
            callback.requestedAt()));
    return true;
  }
}
