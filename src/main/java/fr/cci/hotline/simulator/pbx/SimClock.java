package fr.cci.hotline.simulator.pbx;

import java.time.Duration;

/**
 * Simulated time: every wait of the model is divided by the speed factor, and timestamps on the
 * wire advance at that speed from the real time the simulator started.
 */
public final class SimClock {

  private final double speed;
  private final long originEpochNanos = System.currentTimeMillis() * 1_000_000L;
  private final long originNanoTime = System.nanoTime();
  private final Timeline timeline = new Timeline();

  public SimClock(double speed) {
    if (speed <= 0) {
      throw new IllegalArgumentException("speed must be positive: " + speed);
    }
    this.speed = speed;
  }

  public double speed() {
    return speed;
  }

  /** Where each simulation thread stands: waits count from there (see Timeline). */
  public Timeline timeline() {
    return timeline;
  }

  /** The real time to wait for a simulated duration. */
  public long realNanos(Duration simulated) {
    if (simulated.isNegative()) {
      return 0;
    }
    return (long) (simulated.toNanos() / speed);
  }

  public long realMillis(Duration simulated) {
    return realNanos(simulated) / 1_000_000L;
  }

  /** Simulated nanoseconds since the epoch. */
  public long epochNanos() {
    return originEpochNanos + (long) ((System.nanoTime() - originNanoTime) * speed);
  }

  public long epochSecond() {
    return epochNanos() / 1_000_000_000L;
  }

  /** Simulated milliseconds elapsed since a given simulated epoch-nanos instant. */
  public long millisSince(long epochNanosThen) {
    return (epochNanos() - epochNanosThen) / 1_000_000L;
  }

  /** The AMI Timestamp format: seconds and microseconds since the epoch. */
  public String timestamp() {
    long micros = epochNanos() / 1000L;
    return String.format("%d.%06d", micros / 1_000_000L, micros % 1_000_000L);
  }

  public long uptimeSeconds() {
    return (long) ((System.nanoTime() - originNanoTime) * speed / 1_000_000_000L);
  }

  /** Sleeps for a simulated duration from the thread's timeline; false when interrupted. */
  public boolean sleep(Duration simulated) {
    long deadline = timeline.deadline(realNanos(simulated));
    try {
      long nanos;
      while ((nanos = deadline - System.nanoTime()) > 0) {
        Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
      }
      timeline.reached(deadline);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
