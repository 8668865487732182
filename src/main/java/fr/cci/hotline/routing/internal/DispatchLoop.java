package fr.cci.hotline.routing.internal;

import fr.cci.hotline.advisors.PresenceChanged;
import fr.cci.hotline.advisors.PresenceState;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs dispatch passes on one thread of this instance: when a caller joins the line, when an
 * advisor becomes free, and every second (wrap-ups end and pools widen with time, and other
 * instances change things this one does not hear about). Requests made while a pass runs are folded
 * into one more pass.
 */
@Component
class DispatchLoop implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DispatchLoop.class);
  private static final long TICK_MILLIS = 1000;

  private final Dispatcher dispatcher;
  private final StaleOffers staleOffers;
  private final AtomicBoolean requested = new AtomicBoolean();
  private volatile ScheduledExecutorService executor;
  private volatile boolean failing;

  DispatchLoop(Dispatcher dispatcher, StaleOffers staleOffers) {
    this.dispatcher = dispatcher;
    this.staleOffers = staleOffers;
  }

  /** Asks for a pass as soon as possible. */
  void trigger() {
    ScheduledExecutorService running = executor;
    if (running != null && requested.compareAndSet(false, true)) {
      running.execute(this::runPass);
    }
  }

  @EventListener
  void onPresenceChanged(PresenceChanged change) {
    if (change.to() == PresenceState.AVAILABLE || change.to() == PresenceState.WRAP_UP) {
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

  @Override
  public synchronized void start() {
    executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "dispatch");
              thread.setDaemon(true);
              return thread;
            });
    executor.scheduleWithFixedDelay(this::runPass, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    executor.scheduleWithFixedDelay(this::sweep, 10, 10, TimeUnit.SECONDS);
  }

  @Override
  public synchronized void stop() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }

  @Override
  public boolean isRunning() {
    return executor != null;
  }
}
