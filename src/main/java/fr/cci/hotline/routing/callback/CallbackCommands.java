package fr.cci.hotline.routing.callback;

import fr.cci.hotline.routing.CallbackCancelled;
import fr.cci.hotline.routing.CallbackTriggered;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * What advisors and supervisors do to call-backs, from the page or the API: trigger one now, or
 * cancel one with a reason. Who did it and why is kept beside the call-back.
 */
@Service
public class CallbackCommands {

  /** The longest reason kept (the column's size). */
  public static final int MAX_REASON = 500;

  private final CallbackLine callbacks;
  private final CallbackActions actions;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CallbackCommands(
      CallbackLine callbacks,
      CallbackActions actions,
      ApplicationEventPublisher events,
      Clock clock) {
    this.callbacks = callbacks;
    this.actions = actions;
    this.events = events;
    this.clock = clock;
  }

  public Callback find(String caseNumber) {
    return callbacks.find(caseNumber).orElseThrow(() -> CallbackRefused.unknown(caseNumber));
  }

  /**
   * A pending call-back is due now (its retry delay is skipped); a failed one gets a new round of
   * attempts. It is still attempted within opening hours, when an advisor is free.
   */
  public Callback trigger(String caseNumber, String username) {
    Callback before = find(caseNumber);
    Instant now = clock.instant();
    if (!actions.trigger(caseNumber, username, now)) {
      throw refusal(find(caseNumber));
    }
    events.publishEvent(
        new CallbackTriggered(caseNumber, username, before.state() == CallbackState.FAILED, now));
    return find(caseNumber);
  }

  /** Cancels a call-back that is pending, failed, or ringing an advisor who has not answered. */
  public Callback cancel(String caseNumber, String username, String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw CallbackRefused.invalid("reason", "callbacks.invalid.reason");
    }
    if (why.length() > MAX_REASON) {
      throw CallbackRefused.invalid("reason", "callbacks.invalid.reason.length", MAX_REASON);
    }
    find(caseNumber);
    Instant now = clock.instant();
    if (!actions.cancel(caseNumber, username, why, now)) {
      throw refusal(find(caseNumber));
    }
    events.publishEvent(new CallbackCancelled(caseNumber, username, why, now));
    return find(caseNumber);
  }

  public List<CallbackAudit> history(String caseNumber) {
    return actions.history(caseNumber);
  }

  private static CallbackRefused refusal(Callback current) {
    if (current.state().attempting()) {
      return CallbackRefused.conflict("callbacks.conflict.attempting", current.caseNumber());
    }
    if (current.state() == CallbackState.FAILED) {
      return CallbackRefused.conflict("callbacks.conflict.forgotten", current.caseNumber());
    }
    return CallbackRefused.conflict(
        "callbacks.conflict." + current.state().name().toLowerCase(), current.caseNumber());
  }
}
