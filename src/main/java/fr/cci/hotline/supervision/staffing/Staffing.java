package fr.cci.hotline.supervision.staffing;

import fr.cci.hotline.advisors.AdvisorsSettings;
import fr.cci.hotline.cases.CaseTimes;
import fr.cci.hotline.supervision.SupervisionSettings;
import fr.cci.hotline.supervision.figures.CallOutcome;
import fr.cci.hotline.supervision.figures.LiveFigures;
import fr.cci.hotline.supervision.figures.QueueFigures;
import fr.cci.hotline.supervision.figures.Snapshot;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;

/**
 * How many advisors the calls need, by Erlang C: from the last hour's arrivals and handling time
 * for the wallboard, or from a supervisor's own figures (what if…).
 */
@Component
public class Staffing {

  /** Where the handling time of an estimate comes from. */
  public enum Basis {
    /** Calls handled in the last hour. */
    LAST_HOUR,
    /** Calls handled today: none ended in the last hour. */
    TODAY,
    /** {@code hotline.supervision.planned-handling-time}: no call handled yet today. */
    PLANNED
  }

  /**
   * What Erlang C predicts for a pool.
   *
   * @param needed the fewest advisors meeting the target, empty when none does
   * @param advisors the pool the predictions are for
   */
  public record Prediction(
      double callsPerHour,
      Duration handlingTime,
      double target,
      Duration threshold,
      OptionalInt needed,
      int advisors,
      double probabilityOfWaiting,
      double serviceLevel,
      double averageSpeedOfAnswer) {}

  /** The wallboard's estimate: the prediction for the advisors taking calls now. */
  public record Estimate(Basis basis, int handledCalls, Prediction prediction) {}

  private final SupervisionSettings settings;
  private final Duration wrapUp;

  Staffing(SupervisionSettings settings, AdvisorsSettings advisors) {
    this.settings = settings;
    this.wrapUp = advisors.wrapUp();
  }

  /** From the last hour's offered calls and the latest handling times known. */
  public Estimate estimate(Snapshot now) {
    List<CaseTimes> lastHour = now.within(LiveFigures.LAST_HOUR);
    long offered = lastHour.stream().filter(CallOutcome::offered).count();
    Basis basis = Basis.LAST_HOUR;
    QueueFigures handled = QueueFigures.of(lastHour, settings.serviceLevelThreshold());
    if (handled.talks() == 0) {
      basis = Basis.TODAY;
      handled = QueueFigures.of(now.today(), settings.serviceLevelThreshold());
    }
    OptionalDouble handling = handled.averageHandlingSeconds(wrapUp);
    Duration handlingTime =
        handling.isPresent()
            ? Duration.ofMillis(Math.max(1, Math.round(handling.getAsDouble() * 1000)))
            : settings.plannedHandlingTime();
    if (handling.isEmpty()) {
      basis = Basis.PLANNED;
    }
    Prediction prediction =
        predict(
            offered,
            handlingTime,
            settings.serviceLevelTarget(),
            settings.serviceLevelThreshold(),
            (int) now.advisorsTakingCalls());
    return new Estimate(basis, handling.isPresent() ? handled.talks() : 0, prediction);
  }

  /**
   * What a pool of {@code advisors} achieves for these calls, and how many advisors the target
   * needs; with {@code advisors} negative, the prediction is for the advisors needed.
   */
  public Prediction predict(
      double callsPerHour, Duration handlingTime, double target, Duration threshold, int advisors) {
    ErlangC erlang = new ErlangC(callsPerHour, handlingTime);
    OptionalInt needed = erlang.advisorsFor(target, threshold);
    int pool = advisors >= 0 ? advisors : needed.orElse(0);
    return new Prediction(
        callsPerHour,
        handlingTime,
        target,
        threshold,
        needed,
        pool,
        erlang.probabilityOfWaiting(pool),
        erlang.serviceLevel(pool, threshold),
        erlang.averageSpeedOfAnswer(pool));
  }
}
