package fr.cci.hotline.simulator.pbx;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * What a channel's thread waits for: digits and hang-up. Digits only count while the channel
 * listens (an input-capable AGI command or application runs); any other digit is dropped, which is
 * how Asterisk loses the keys pressed between AGI commands.
 */
public final class ChannelSignals {

  /** awaitDigit's answer when the channel hung up. */
  public static final int HANGUP = -1;

  /** awaitDigit's answer when the time ran out. */
  public static final int TIMEOUT = 0;

  private final Timeline timeline;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Deque<Character> digits = new ArrayDeque<>();
  private boolean hungUp;
  private boolean listening;

  /** After this real time, an owner woken by a timeout is busy with something else (AGI I/O). */
  private static final long DUE_WORK_NANOS = 5_000_000L;

  // What the owner thread is doing, for settle(): its timed wait's deadline while it waits, and
  // when a timed wait last ran out (the work then due follows at once, or not at all).
  private long waitingUntil;
  private boolean runningFromTimeout;
  private long timedOutAt;
  private Thread owner;

  ChannelSignals(Timeline timeline) {
    this.timeline = timeline;
  }

  public void hangup() {
    withLock(
        () -> {
          hungUp = true;
          runningFromTimeout = false;
        });
  }

  public boolean isHungUp() {
    lock.lock();
    try {
      return hungUp;
    } finally {
      lock.unlock();
    }
  }

  /** Wakes the waiting thread so it re-checks its condition (another channel hung up…). */
  public void poke() {
    withLock(() -> {});
  }

  /** Returns true when the digit was taken, false when nobody listened and it was lost. */
  public boolean deliverDigit(char digit) {
    lock.lock();
    try {
      if (!listening || hungUp) {
        return false;
      }
      digits.add(digit);
      changed.signalAll();
      return true;
    } finally {
      lock.unlock();
    }
  }

  public void listen() {
    withLock(
        () -> {
          listening = true;
          digits.clear();
        });
  }

  public void stopListening() {
    withLock(
        () -> {
          listening = false;
          digits.clear();
        });
  }

  /** Waits for a digit: the digit, TIMEOUT or HANGUP. A negative wait means forever. */
  public int awaitDigit(long realNanos) {
    long deadline = realNanos < 0 ? Long.MAX_VALUE : timeline.deadline(realNanos);
    lock.lock();
    try {
      while (true) {
        if (hungUp) {
          wokenBySignal();
          return HANGUP;
        }
        if (!digits.isEmpty()) {
          wokenBySignal();
          return digits.poll();
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          wokenByTimeout(deadline);
          return TIMEOUT;
        }
        waiting(deadline);
        changed.awaitNanos(remaining);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return HANGUP;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until the condition holds, the channel hangs up or the time runs out; returns true when
   * the condition held. A negative wait means forever.
   */
  public boolean awaitCondition(BooleanSupplier condition, long realNanos) {
    long deadline = realNanos < 0 ? Long.MAX_VALUE : timeline.deadline(realNanos);
    return awaitUntil(condition, deadline);
  }

  /** As awaitCondition, with the end given as a System.nanoTime() value. */
  public boolean awaitUntil(BooleanSupplier condition, long deadline) {
    lock.lock();
    try {
      while (true) {
        boolean held = condition.getAsBoolean();
        if (held || hungUp) {
          wokenBySignal();
          return held;
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          wokenByTimeout(deadline);
          return false;
        }
        waiting(deadline);
        changed.await(Math.min(remaining, 50_000_000L), TimeUnit.NANOSECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      lock.unlock();
    }
  }

  /** Sleeps; returns false when the channel hung up meanwhile. */
  public boolean sleep(long realNanos) {
    awaitCondition(() -> false, realNanos);
    return !isHungUp();
  }

  /**
   * Lets the owner thread catch up before another thread shows this channel's state: if a timed
   * wait of the owner ran out (its deadline passed, or it is doing what was due then), waits until
   * it waits again, at most maxRealNanos. Both threads' simulated times are then in step: a digit
   * sent at 2.1 s finds the advisor's channel past what it did at 2.0 s (S7, S8), whatever the
   * scheduler's delays.
   */
  public void settle(long maxRealNanos) {
    long giveUp = System.nanoTime() + maxRealNanos;
    lock.lock();
    try {
      while (owner != Thread.currentThread() && System.nanoTime() < giveUp && behind()) {
        changed.awaitNanos(200_000L);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      lock.unlock();
    }
  }

  /** The owner's timed wait ran out and it has not yet done what was due then. */
  private boolean behind() {
    long now = System.nanoTime();
    boolean overdue = waitingUntil != 0 && waitingUntil <= now;
    return overdue || runningFromTimeout && now - timedOutAt < DUE_WORK_NANOS;
  }

  private void waiting(long deadline) {
    owner = Thread.currentThread();
    if (waitingUntil != deadline) {
      waitingUntil = deadline;
      runningFromTimeout = false;
      changed.signalAll();
    }
  }

  private void wokenByTimeout(long deadline) {
    owner = Thread.currentThread();
    waitingUntil = 0;
    runningFromTimeout = true;
    timedOutAt = System.nanoTime();
    timeline.reached(deadline);
  }

  private void wokenBySignal() {
    owner = Thread.currentThread();
    waitingUntil = 0;
    runningFromTimeout = false;
    timeline.woken();
  }

  private void withLock(Runnable change) {
    lock.lock();
    try {
      change.run();
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }
}
