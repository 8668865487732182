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

  public SimClock(double speed) {
    if (speed <= 0) {
      throw new IllegalArgumentException("speed must be positive: " + speed);
    }
    this.speed = speed;
  }

  public double speed() {
    return speed;
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

  /** Sleeps for a simulated duration; returns false when interrupted. */
  public boolean sleep(Duration simulated) {
    try {
      long nanos = realNanos(simulated);
      Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
