package fr.cci.hotline.supervision.meters;

import fr.cci.hotline.routing.CallAnswered;
import fr.cci.hotline.routing.CallQueued;
import fr.cci.hotline.routing.CallbackRequested;
import fr.cci.hotline.routing.CallerLeftWaiting;
import fr.cci.hotline.supervision.SupervisionSettings;
import fr.cci.hotline.supervision.figures.Places;
import fr.cci.hotline.supervision.figures.QueueFigures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts the queue's calls as routing's events happen, with the definitions of {@link
 * QueueFigures}. Each event is published by exactly one instance (the one that holds the caller or
 * won the waiting line's update), so the sum over instances counts every call once. Tags: the
 * département (Normandy's, {@code other} or {@code none}) and the chamber, never a caller or call.
 */
@Component
class QueueMeters {

  private final MeterRegistry meters;
  private final Places places;
  private final Duration[] waitBuckets;

  QueueMeters(MeterRegistry meters, Places places, SupervisionSettings settings) {
    this.meters = meters;
    this.places = places;
    this.waitBuckets = waitBuckets(settings.serviceLevelThreshold());
    for (String department : places.departments()) {
      abandoned(department, false);
      abandoned(department, true);
    }
  }

  /** Offered: the caller entered the waiting line, after the menu. */
  @EventListener
  void queued(CallQueued call) {
    Counter.builder("hotline.calls.offered")
        .description("Calls that entered the waiting line after the menu")
        .tag("department", places.department(call.department()))
        .tag("chamber", places.homeChamber(call.department()))
        .register(meters)
        .increment();
  }

  @EventListener
  void answered(CallAnswered call) {
    if (call.callBack()) {
      return; // counted when it was requested; its "wait" is the time until the call-back
    }
    String department = places.department(call.department());
    Counter.builder("hotline.calls.answered")
        .description("Offered calls an advisor answered, by the advisor's chamber")
        .tag("department", department)
        .tag("chamber", places.chamber(call.chamber()))
        .register(meters)
        .increment();
    // The wait as the case record keeps it (whole seconds), so both say the same.
    wait(department).record(Duration.ofSeconds(QueueFigures.wholeSeconds(call.waited())));
  }

  /** Left the line without an advisor; a short abandon counts in both counters. */
  @EventListener
  void leftWaiting(CallerLeftWaiting call) {
    String department = places.department(call.department());
    abandoned(department, false).increment();
    if (QueueFigures.shortAbandon(QueueFigures.wholeSeconds(call.waited()))) {
      abandoned(department, true).increment();
    }
  }

  /** A call-back asked while waiting leaves the line; one asked on a closed line never joined. */
  @EventListener
  void callbackRequested(CallbackRequested request) {
    Counter.builder("hotline.callbacks.requested")
        .description("Call-backs asked for: while waiting (left the line) or on a closed line")
        .tag("department", places.department(request.department()))
        .tag("reason", request.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .register(meters)
        .increment();
  }

  private Counter abandoned(String department, boolean shortOnly) {
    return Counter.builder(shortOnly ? "hotline.calls.abandoned.short" : "hotline.calls.abandoned")
        .description(
            shortOnly
                ? "Abandons within 5 s of joining the line (left out of the service level)"
                : "Offered calls that left the line without an advisor or a call-back request")
        .tag("department", department)
        .register(meters);
  }

  /**
   * From joining the line to the answer. Percentiles come from a histogram (Prometheus computes
   * them with histogram_quantile, across instances), which has a bucket at the service-level
   * threshold among its service-level objectives.
   */
  private Timer wait(String department) {
    return Timer.builder("hotline.wait")
        .description("Wait of answered calls, from joining the line to the answer")
        .tag("department", department)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofSeconds(1))
        .maximumExpectedValue(Duration.ofMinutes(30))
        .serviceLevelObjectives(waitBuckets)
        .register(meters);
  }

  /** A few steps around the threshold, the threshold itself among them. */
  private static Duration[] waitBuckets(Duration threshold) {
    TreeSet<Duration> buckets = new TreeSet<>();
    for (long seconds : new long[] {10, 20, 30, 60, 120, 300, 600}) {
      buckets.add(Duration.ofSeconds(seconds));
    }
    buckets.add(threshold);
    return buckets.toArray(Duration[]::new);
  }
}
