package fr.cci.hotline.supervision.staffing;

import java.time.Duration;

/**
 * What the service's own Erlang C predicts for one pool, for the routing-quality simulation (which
 * lives outside this package, where {@link ErlangC} is not visible).
 *
 * @param averageSpeedOfAnswer in seconds
 */
public record ErlangCPrediction(
    double probabilityOfWaiting, double averageSpeedOfAnswer, double serviceLevel) {

  public static ErlangCPrediction of(
      double callsPerHour, Duration handlingTime, int advisors, Duration threshold) {
    ErlangC erlang = new ErlangC(callsPerHour, handlingTime);
    return new ErlangCPrediction(
        erlang.probabilityOfWaiting(advisors),
        erlang.averageSpeedOfAnswer(advisors),
        erlang.serviceLevel(advisors, threshold));
  }
}
