package fr.cci.hotline.routing.dispatch;

import fr.cci.hotline.advisors.PhoneReachabilityChanged;
import fr.cci.hotline.advisors.PresenceChanged;
import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.routing.CallbackRequested;
import fr.cci.hotline.routing.callback.StaleCallbacks;
import fr.cci.hotline.support.PeriodicWork;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs dispatch passes on one thread of this instance: when a caller joins the line or a call-back
 * is kept, when an advisor becomes free or a free advisor's phone can ring again, and every second
 * (wrap-ups end and pools widen with time, and other instances change things this one does not hear
 * about). Requests made while a pass runs are folded into one more pass.
 */
@Component
public class DispatchLoop extends PeriodicWork {

  private static final Duration TICK = Duration.ofSeconds(1);
  private static final Duration SWEEP_EVERY = Duration.ofSeconds(10);

  private final Dispatcher dispatcher;
  private final StaleOffers staleOffers;
  private final StaleCallbacks staleCallbacks;
  private final AtomicBoolean requested = new AtomicBoolean();
  private final Task pass = every(TICK, "Dispatch pass", this::runPass);

  DispatchLoop(Dispatcher dispatcher, StaleOffers staleOffers, StaleCallbacks staleCallbacks) {
    super("dispatch");
    this.dispatcher = dispatcher;
    this.staleOffers = staleOffers;
    this.staleCallbacks = staleCallbacks;
  }

  /** Asks for a pass as soon as possible. */
  public void trigger() {
    if (started() && requested.compareAndSet(false, true)) {
      runSoon(pass);
    }
  }

  @Override
  protected List<Task> tasks() {
    return List.of(
        pass,
        every(SWEEP_EVERY, "Stale offer sweep", staleOffers::release),
        every(SWEEP_EVERY, "Stale call-back sweep", staleCallbacks::release));
  }

  @EventListener
  void onPresenceChanged(PresenceChanged change) {
    if (change.to() == PresenceState.AVAILABLE || change.to() == PresenceState.WRAP_UP) {
      trigger();
    }
  }

  /** A free advisor whose phone can ring again may take a waiting call now. */
  @EventListener
  void onPhoneReachabilityChanged(PhoneReachabilityChanged change) {
    if (change.reachable()
        && (change.state() == PresenceState.AVAILABLE || change.state() == PresenceState.WRAP_UP)) {
      trigger();
    }
  }

  /** A call-back just kept may be due at once. */
  @EventListener
  void onCallbackRequested(CallbackRequested requested) {
    trigger();
  }

  /** A pass that keeps failing leaves the waiting callers to the fallback queue in the end. */
  private void runPass() {
    requested.set(false);
    dispatcher.pass();
  }
}
