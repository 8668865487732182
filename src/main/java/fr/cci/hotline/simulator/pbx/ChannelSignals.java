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

  ChannelSignals(Timeline timeline) {
    this.timeline = timeline;
  }

  public void hangup() {
    withLock(() -> hungUp = true);
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
          timeline.woken();
          return HANGUP;
        }
        if (!digits.isEmpty()) {
          timeline.woken();
          return digits.poll();
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          timeline.reached(deadline);
          return TIMEOUT;
        }
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
        if (condition.getAsBoolean()) {
          timeline.woken();
          return true;
        }
        if (hungUp) {
          timeline.woken();
          return false;
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          timeline.reached(deadline);
          return false;
        }
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
