package fr.cci.hotline.cases.internal;

import java.time.Duration;

/** Pauses between write attempts while the database fails: initial, doubled, capped. */
final class Backoff {

  private final Duration initial;
  private final Duration max;
  private int failures;

  Backoff(Duration initial, Duration max) {
    this.initial = initial;
    this.max = max;
  }

  /** Counts one failure and returns how long to wait before the next attempt. */
  Duration next() {
    Duration delay = initial.multipliedBy(1L << Math.min(failures, 20));
    failures++;
    return delay.compareTo(max) > 0 ? max : delay;
  }

  void reset() {
    failures = 0;
  }
}
