package fr.cci.hotline.supervision.staffing;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * Erlang C for one pool of advisors: calls arriving at random ({@code callsPerHour}), each keeping
 * an advisor {@code handlingTime}, callers waiting as long as needed. Plain arithmetic, no
 * container: the formulas are those of the textbook, with the Erlang B recursion for the sums so
 * that large pools do not overflow.
 *
 * @param callsPerHour the arrival rate
 * @param handlingTime the mean handling time (talk and wrap-up)
 */
record ErlangC(double callsPerHour, Duration handlingTime) {

  /** A pool of this many advisors beyond the traffic is never needed here. */
  private static final int SEARCH_LIMIT = 1000;

  ErlangC {
    if (callsPerHour < 0 || handlingTime.isNegative() || handlingTime.isZero()) {
      throw new IllegalArgumentException("calls per hour >= 0 and a positive handling time");
    }
  }

  /** The traffic in erlangs: how many advisors the calls keep busy on average. */
  double traffic() {
    return callsPerHour * seconds(handlingTime) / 3600;
  }

  /** The probability that a caller waits at all; 1 when the pool cannot keep up. */
  double probabilityOfWaiting(int advisors) {
    double traffic = traffic();
    if (traffic == 0) {
      return 0;
    }
    if (advisors <= traffic) {
      return 1;
    }
    double blocking = 1;
    for (int k = 1; k <= advisors; k++) {
      blocking = traffic * blocking / (k + traffic * blocking);
    }
    return advisors * blocking / (advisors - traffic * (1 - blocking));
  }

  /** The share of callers answered within {@code threshold}. */
  double serviceLevel(int advisors, Duration threshold) {
    double traffic = traffic();
    if (traffic == 0) {
      return 1;
    }
    if (advisors <= traffic) {
      return 0;
    }
    double decay = Math.exp(-(advisors - traffic) * seconds(threshold) / seconds(handlingTime));
    return 1 - probabilityOfWaiting(advisors) * decay;
  }

  /** The average speed of answer, in seconds; infinite when the pool cannot keep up. */
  double averageSpeedOfAnswer(int advisors) {
    double traffic = traffic();
    if (traffic == 0) {
      return 0;
    }
    if (advisors <= traffic) {
      return Double.POSITIVE_INFINITY;
    }
    return probabilityOfWaiting(advisors) * seconds(handlingTime) / (advisors - traffic);
  }

  /**
   * The fewest advisors answering {@code target} of the calls within {@code threshold}; zero
   * without calls; empty when no pool reaches the target (100 %, or beyond a thousand advisors more
   * than the traffic).
   */
  OptionalInt advisorsFor(double target, Duration threshold) {
    if (traffic() == 0) {
      return OptionalInt.of(0);
    }
    if (target >= 1) {
      return OptionalInt.empty(); // some caller always may wait: no pool answers every call in time
    }
    int advisors = (int) Math.floor(traffic()) + 1;
    int limit = advisors + SEARCH_LIMIT;
    while (advisors <= limit) {
      if (serviceLevel(advisors, threshold) >= target) {
        return OptionalInt.of(advisors);
      }
      advisors++;
    }
    return OptionalInt.empty();
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
