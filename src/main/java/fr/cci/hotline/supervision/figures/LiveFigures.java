package fr.cci.hotline.supervision.figures;

import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.cases.CaseHistory;
import fr.cci.hotline.ivr.IvrSettings;
import fr.cci.hotline.routing.WaitingCallers;
import fr.cci.hotline.supervision.SupervisionSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * Reads the hotline's state from the database, which every instance shares: the waiting line,
 * presence, the case records of the day and the fallback queue's calls. The meters take a read at
 * most {@code hotline.supervision.figures-cache} old, so that a Prometheus scrape of a few dozen
 * gauges costs one read; the wallboard asks for a fresh one when something happened.
 */
@Component
public class LiveFigures {

  /** The staffing estimate looks at the arrivals of the last hour. */
  public static final Duration LAST_HOUR = Duration.ofHours(1);

  private final WaitingCallers waiting;
  private final Presence presence;
  private final CaseHistory history;
  private final FallbackCalls fallback;
  private final ZoneId zone;
  private final long cacheNanos;
  private final Clock clock;
  private Snapshot cached;
  private long cachedAtNanos;

  LiveFigures(
      WaitingCallers waiting,
      Presence presence,
      CaseHistory history,
      FallbackCalls fallback,
      IvrSettings ivr,
      SupervisionSettings settings,
      Clock clock) {
    this.waiting = waiting;
    this.presence = presence;
    this.history = history;
    this.fallback = fallback;
    this.zone = ivr.timeZone();
    this.cacheNanos = settings.figuresCache().toNanos();
    this.clock = clock;
  }

  /**
   * A read at most the cache's age old. Its age is measured on the monotonic clock: it is about how
   * often the database is asked, not about the time of day.
   */
  public synchronized Snapshot current() {
    long now = System.nanoTime();
    if (cached == null || now - cachedAtNanos >= cacheNanos) {
      cached = read();
      cachedAtNanos = now;
    }
    return cached;
  }

  /** A read made now, which the meters then share. */
  public synchronized Snapshot fresh() {
    cached = read();
    cachedAtNanos = System.nanoTime();
    return cached;
  }

  /** The hotline's day: midnight in its time zone ({@code hotline.ivr.time-zone}). */
  public Instant startOfDay(Instant at) {
    return LocalDate.ofInstant(at, zone).atStartOfDay(zone).toInstant();
  }

  public ZoneId zone() {
    return zone;
  }

  private Snapshot read() {
    Instant now = clock.instant();
    Instant startOfDay = startOfDay(now);
    Instant endOfDay = LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
    Instant from = now.minus(LAST_HOUR).isBefore(startOfDay) ? now.minus(LAST_HOUR) : startOfDay;
    return new Snapshot(
        now,
        startOfDay,
        waiting.now(),
        presence.statuses(),
        history.arrivedBetween(from, endOfDay),
        history.callbacksPending(),
        fallback.between(startOfDay, endOfDay));
  }
}
