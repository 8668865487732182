package fr.cci.hotline.supervision.meters;

import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.cases.CaseTimes;
import fr.cci.hotline.routing.WaitingCaller;
import fr.cci.hotline.supervision.SupervisionSettings;
import fr.cci.hotline.supervision.figures.LiveFigures;
import fr.cci.hotline.supervision.figures.Places;
import fr.cci.hotline.supervision.figures.QueueFigures;
import fr.cci.hotline.supervision.figures.Snapshot;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;

/**
 * The gauges that must be the same on every instance, read from the database through {@link
 * LiveFigures}: callers waiting and the longest wait by département, today's service level,
 * advisors by chamber and state, call-backs pending. Every combination of tags is registered at
 * start, so that a series exists (at zero) before its first call.
 */
@Component
class QueueGauges {

  /** The service level of all départements together. */
  static final String ALL = "all";

  private final LiveFigures live;
  private final Places places;
  private final Duration threshold;
  private final MeterRegistry meters;

  QueueGauges(LiveFigures live, Places places, SupervisionSettings settings, MeterRegistry meters) {
    this.live = live;
    this.places = places;
    this.threshold = settings.serviceLevelThreshold();
    this.meters = meters;
    for (String department : places.departments()) {
      register(
          Gauge.builder(
                  "hotline.calls.waiting", this, reading(now -> inLine(now, department).size()))
              .description("Callers in the waiting line, rung or not")
              .tag("department", department));
      register(
          Gauge.builder(
                  "hotline.calls.longest.wait", this, reading(now -> longest(now, department)))
              .description("The longest current wait in the line, from joining it")
              .baseUnit("seconds")
              .tag("department", department));
    }
    List<String> departments = new ArrayList<>(places.departments());
    departments.add(ALL);
    for (String department : departments) {
      register(
          Gauge.builder("hotline.service.level", this, reading(now -> level(now, department)))
              .description(
                  "Today's service level: answered within the threshold / (offered - short)")
              .tag("department", department));
    }
    for (String chamber : places.chamberCodes()) {
      for (PresenceState state : PresenceState.values()) {
        register(
            Gauge.builder("hotline.advisors", this, reading(now -> advisors(now, chamber, state)))
                .description("Active advisors by chamber and presence state")
                .tag("chamber", chamber)
                .tag("state", state.name()));
      }
    }
    register(
        Gauge.builder("hotline.callbacks.pending", this, reading(Snapshot::callbacksPending))
            .description("Cases whose caller waits to be called back"));
  }

  private void register(Gauge.Builder<QueueGauges> gauge) {
    gauge.register(meters);
  }

  private static ToDoubleFunction<QueueGauges> reading(ToDoubleFunction<Snapshot> value) {
    return gauges -> value.applyAsDouble(gauges.live.current());
  }

  private double longest(Snapshot now, String department) {
    return inLine(now, department).stream()
        .mapToDouble(caller -> Duration.between(caller.queuedAt(), now.at()).toSeconds())
        .max()
        .orElse(0);
  }

  /** NaN while no call counts: the service level of no call is not 100 %. */
  private double level(Snapshot now, String department) {
    List<CaseTimes> calls =
        now.today().stream()
            .filter(
                call ->
                    ALL.equals(department)
                        || department.equals(places.department(call.department())))
            .toList();
    return QueueFigures.of(calls, threshold).serviceLevel().orElse(Double.NaN);
  }

  private static double advisors(Snapshot now, String chamber, PresenceState state) {
    return now.advisors().stream()
        .filter(advisor -> advisor.state() == state && chamber.equals(advisor.advisor().chamber()))
        .count();
  }

  private List<WaitingCaller> inLine(Snapshot now, String department) {
    return now.waiting().stream()
        .filter(caller -> department.equals(places.department(caller.department())))
        .toList();
  }
}
