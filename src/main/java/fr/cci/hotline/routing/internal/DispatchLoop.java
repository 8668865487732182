package fr.cci.hotline.routing.internal;

import fr.cci.hotline.advisors.PhoneReachabilityChanged;
import fr.cci.hotline.advisors.PresenceChanged;
import fr.cci.hotline.advisors.PresenceState;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs dispatch passes on one thread of this instance: when a caller joins the line, when an
 * advisor becomes free or a free advisor's phone can ring again, and every second (wrap-ups end and
 * pools widen with time, and other instances change things this one does not hear about). Requests
 * made while a pass runs are folded into one more pass.
 */
@Component
class DispatchLoop extends PeriodicWork {

  private static final Logger log = LoggerFactory.getLogger(DispatchLoop.class);
  private static final Duration TICK = Duration.ofSeconds(1);
  private static final Duration SWEEP_EVERY = Duration.ofSeconds(10);

  private final Dispatcher dispatcher;
  private final StaleOffers staleOffers;
  private final AtomicBoolean requested = new AtomicBoolean();
  private volatile boolean failing;

  DispatchLoop(Dispatcher dispatcher, StaleOffers staleOffers) {
    super("dispatch");
    this.dispatcher = dispatcher;
    this.staleOffers = staleOffers;
  }

  /** Asks for a pass as soon as possible. */
  void trigger() {
    Executor running = executor();
    if (running != null && requested.compareAndSet(false, true)) {
      running.execute(this::runPass);
    }
  }

  @Override
  List<Task> tasks() {
    return List.of(every(TICK, this::runPass), every(SWEEP_EVERY, this::sweep));
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

  private void runPass() {
    requested.set(false);
    try {
      dispatcher.pass();
      if (failing) {
        log.info("Dispatch works again");
        failing = false;
      }
    } catch (RuntimeException failure) {
      if (!failing) {
        log.warn(
            "Dispatch pass failed (waiting callers fall back if it lasts): {}", failure.toString());
        failing = true;
      }
    }
  }

  private void sweep() {
    try {
      staleOffers.release();
    } catch (RuntimeException failure) {
      log.debug("Stale offer sweep failed: {}", failure.toString());
    }
  }
}
