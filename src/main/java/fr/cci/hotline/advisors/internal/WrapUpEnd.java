package fr.cci.hotline.advisors.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Ends wrap-ups when their time is over (WRAP_UP → AVAILABLE) so that the stored state and the
 * pages tell the truth and routing hears that someone became free. Every instance runs it; the
 * compare-and-set lets one of them win each time.
 */
@Component
class WrapUpEnd implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(WrapUpEnd.class);
  private static final long PERIOD_MILLIS = 1000;

  private final PresenceTable table;
  private final PresenceRules rules;
  private final PresenceTransitions transitions;
  private final Clock clock;
  private volatile ScheduledExecutorService timer;
  private boolean failing;

  WrapUpEnd(
      PresenceTable table, PresenceRules rules, PresenceTransitions transitions, Clock clock) {
    this.table = table;
    this.rules = rules;
    this.transitions = transitions;
    this.clock = clock;
  }

  @Override
  public synchronized void start() {
    timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "wrap-up-end");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleWithFixedDelay(
        this::endWrapUpsOver, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    timer.shutdownNow();
    timer = null;
  }

  @Override
  public boolean isRunning() {
    return timer != null;
  }

  /** Ends every wrap-up that is over at the clock's current time. */
  void endWrapUpsOver() {
    Instant now = clock.instant();
    try {
      for (PresenceRow row : table.findWrapUpsOver(now)) {
        transitions.apply(row.advisor().id(), current -> rules.wrapUpOver(current, now));
      }
      if (failing) {
        log.info("Wrap-up ends are processed again");
        failing = false;
      }
    } catch (RuntimeException failure) {
      // Once per outage: the database being away for a minute must not write sixty lines.
      if (!failing) {
        log.warn("Cannot end wrap-ups ({}); retrying every second", failure.getMessage());
        failing = true;
      }
    }
  }
}
