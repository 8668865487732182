package fr.cci.hotline.support;

import java.time.Duration;

/**
 * Exponential back-off between attempts at something that keeps failing (a connection, a write):
 * the initial delay, doubled after each failure, capped. Not thread-safe: one owner thread.
 */
public final class Backoff {

  private final Duration initial;
  private final Duration max;
  private int failures;

  public Backoff(Duration initial, Duration max) {
    this.initial = initial;
    this.max = max.compareTo(initial) < 0 ? initial : max;
  }

  /** Counts one failure and returns how long to wait before the next attempt. */
  public Duration next() {
    Duration delay = initial.multipliedBy(1L << Math.min(failures, 20));
    failures++;
    return delay.compareTo(max) > 0 ? max : delay;
  }

  /** Failures since the last success. */
  public int failures() {
    return failures;
  }

  /** An attempt succeeded: the next failure waits the initial delay again. */
  public void reset() {
    failures = 0;
  }
}
