package fr.cci.hotline.routing.quality;

import java.time.Duration;
import java.util.List;

/**
 * The calls a simulated run receives: Poisson arrivals whose rate changes by period, départements
 * drawn evenly, exponential handling times (talk and wrap-up) and, when {@code meanPatience} is
 * set, callers who hang up after an exponential patience.
 *
 * @param periods the day, period by period; no call arrives after the last one
 * @param warmUp calls arriving before this are served but not counted (the line starts empty)
 * @param meanPatience null: nobody hangs up while waiting (Erlang C's assumption)
 */
public record Workload(
    String name,
    List<Period> periods,
    Duration warmUp,
    Duration meanHandling,
    Duration meanPatience) {

  /** {@code callsPerHour} for {@code length}. */
  record Period(Duration length, double callsPerHour) {}

  public Workload withPatience(Duration patience) {
    return new Workload(name, periods, warmUp, meanHandling, patience);
  }

  /** The end of the arrivals, in seconds from the start. */
  double end() {
    return periods.stream().mapToDouble(period -> seconds(period.length())).sum();
  }

  /** The arrival rate at {@code time}, per second. */
  double ratePerSecond(double time) {
    return periodAt(time).callsPerHour() / 3600;
  }

  /** When the period holding {@code time} ends: the rate may change there. */
  double periodEnd(double time) {
    double end = 0;
    for (Period period : periods) {
      end += seconds(period.length());
      if (time < end) {
        return end;
      }
    }
    return Double.POSITIVE_INFINITY;
  }

  private Period periodAt(double time) {
    double end = 0;
    for (Period period : periods) {
      end += seconds(period.length());
      if (time < end) {
        return period;
      }
    }
    return new Period(Duration.ZERO, 0);
  }

  static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }
}
