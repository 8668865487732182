package fr.cci.hotline.telephony.ami;

import java.time.Duration;

/** Exponential back-off between reconnection attempts: initial, doubled, capped. */
final class ReconnectBackoff {

  private final Duration initial;
  private final Duration max;
  private int attempts;

  ReconnectBackoff(Duration initial, Duration max) {
    this.initial = initial;
    this.max = max.compareTo(initial) < 0 ? initial : max;
  }

  /** Counts one failed attempt and returns how long to wait before the next. */
  Duration next() {
    Duration delay = initial.multipliedBy(1L << Math.min(attempts, 20));
    attempts++;
    return delay.compareTo(max) > 0 ? max : delay;
  }

  int attempts() {
    return attempts;
  }

  void reset() {
    attempts = 0;
  }
}
