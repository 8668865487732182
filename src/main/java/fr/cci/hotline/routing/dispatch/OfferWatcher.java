package fr.cci.hotline.routing.dispatch;

import fr.cci.hotline.routing.line.InstanceId;
import fr.cci.hotline.routing.line.WaitingLine;
import fr.cci.hotline.support.DatabaseAvailability;
import fr.cci.hotline.support.PeriodicWork;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Looks at the waiting line for all the callers this instance holds, in one query a few times a
 * second: an offer made by another instance's dispatch reaches its caller here, and the rows of
 * this instance's callers are kept alive (a dead instance's rows stop beating and are skipped). One
 * watcher per instance rather than one query per waiting caller keeps the database quiet with a
 * thousand callers waiting.
 */
@Component
class OfferWatcher extends PeriodicWork {

  private static final Logger log = LoggerFactory.getLogger(OfferWatcher.class);
  private static final Duration LOOK_EVERY = Duration.ofMillis(200);
  private static final Duration BEAT_EVERY = Duration.ofSeconds(5);

  private final WaitingLine line;
  private final Offers offers;
  private final InstanceId instance;
  private final Clock clock;
  private final DatabaseAvailability database;

  OfferWatcher(
      WaitingLine line,
      Offers offers,
      InstanceId instance,
      Clock clock,
      DatabaseAvailability database) {
    super("offer-watcher");
    this.line = line;
    this.offers = offers;
    this.instance = instance;
    this.clock = clock;
    this.database = database;
  }

  @Override
  protected List<Task> tasks() {
    return List.of(
        every(LOOK_EVERY, "Offer watch", this::look), every(BEAT_EVERY, "Heartbeat", this::beat));
  }

  private void look() {
    if (!offers.anyoneWaiting()) {
      return;
    }
    guarded(() -> line.offeredOn(instance.value()).forEach(offers::notice));
  }

  private void beat() {
    guarded(() -> line.heartbeatOf(instance.value(), clock.instant()));
  }

  /**
   * Runs a step unless the database is known to be down; a step that finds it unreachable says so,
   * once: waiting callers then go to the fallback queue until it answers again.
   */
  private void guarded(Runnable step) {
    if (!database.available()) {
      return;
    }
    try {
      step.run();
    } catch (DataAccessException failure) {
      if (DatabaseAvailability.noConnection(failure) && database.markUnavailable()) {
        log.warn("Waiting line unreachable: {}", failure.getClass().getSimpleName());
      }
    }
  }
}
