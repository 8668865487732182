package fr.cci.hotline.simulator;

import java.time.Duration;
import java.util.List;

/**
 * Stochastic inbound traffic.
 *
 * @param gaps time between two arrivals (exponential for Poisson arrivals)
 * @param duration how long calls keep arriving; null = until stopped
 * @param ring how long advisors ring before answering
 * @param talk how long advisors talk
 * @param patience how long a caller waits for a human before hanging up
 * @param digitChoices what a caller may press at each input-capable command (chosen at random)
 * @param advisors how many advisors (adv101…) to create; 0 = use those that exist
 */
public record TrafficProfile(
    Distribution gaps,
    Duration duration,
    Distribution ring,
    Distribution talk,
    Distribution patience,
    List<String> digitChoices,
    int advisors) {

  /** Poisson arrivals at the rate, ten-minute mean talks, five-minute mean patience. */
  public static TrafficProfile poisson(double callsPerSecond, Duration duration) {
    return new TrafficProfile(
        Distribution.exponential(Duration.ofMillis((long) (1000 / callsPerSecond))),
        duration,
        Distribution.uniform(Duration.ofSeconds(2), Duration.ofSeconds(8)),
        Distribution.exponential(Duration.ofMinutes(10)),
        Distribution.exponential(Duration.ofMinutes(5)),
        List.of("1", "2", "3", "14", "27", "50", "61", "76"),
        0);
  }

  /** The demo stream: a call every 20–60 s, 10 advisors answering after 3–8 s, 2–10 min talks. */
  public static TrafficProfile demo() {
    return new TrafficProfile(
        Distribution.uniform(Duration.ofSeconds(20), Duration.ofSeconds(60)),
        null,
        Distribution.uniform(Duration.ofSeconds(3), Duration.ofSeconds(8)),
        Distribution.uniform(Duration.ofMinutes(2), Duration.ofMinutes(10)),
        Distribution.uniform(Duration.ofMinutes(3), Duration.ofMinutes(8)),
        List.of("1", "2", "3", "14", "27", "50", "61", "76"),
        10);
  }

  public TrafficProfile withTalk(Distribution talkTimes) {
    return new TrafficProfile(gaps, duration, ring, talkTimes, patience, digitChoices, advisors);
  }

  public TrafficProfile withRing(Distribution ringTimes) {
    return new TrafficProfile(gaps, duration, ringTimes, talk, patience, digitChoices, advisors);
  }

  public TrafficProfile withPatience(Distribution patienceTimes) {
    return new TrafficProfile(gaps, duration, ring, talk, patienceTimes, digitChoices, advisors);
  }

  public TrafficProfile withDigits(List<String> choices) {
    return new TrafficProfile(gaps, duration, ring, talk, patience, choices, advisors);
  }

  public TrafficProfile withAdvisors(int count) {
    return new TrafficProfile(gaps, duration, ring, talk, patience, digitChoices, count);
  }
}
