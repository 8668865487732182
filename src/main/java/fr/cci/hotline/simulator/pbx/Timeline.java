package fr.cci.hotline.simulator.pbx;

/**
 * Where each simulation thread stands in time, so that late wake-ups do not add up. A timed wait is
 * counted from the end of the thread's previous timed wait (its "timeline") rather than from the
 * moment the thread gets round to waiting again: sleeping 1 s, then 0.5 s ends 1.5 s after the
 * start even if the first sleep woke a millisecond late. A thread started by another (the ;2 half
 * of a Local channel) starts where its parent stood. A gap longer than {@link #SLACK_NANOS} is real
 * waiting (a FastAGI script thinking, a client acting): the timeline restarts from now. At a high
 * speed factor this keeps races between threads (digits sent while an advisor answers: S7, S8) in
 * the order the simulated times give, whatever the scheduler's jitter.
 */
final class Timeline {

  /** Beyond this real lag behind its timeline, a thread was waiting for something else. */
  static final long SLACK_NANOS = 15_000_000L;

  private final ThreadLocal<Long> position = new ThreadLocal<>();

  /** The System.nanoTime() at which a wait of realNanos from the thread's timeline ends. */
  public long deadline(long realNanos) {
    return base() + realNanos;
  }

  /** The thread's timeline, or now when it has none or has lagged too far behind it. */
  public long base() {
    long now = System.nanoTime();
    Long at = position.get();
    return at != null && now - at >= 0 && now - at < SLACK_NANOS ? at : now;
  }

  /** A timed wait ran out: the thread stands at its deadline. */
  public void reached(long deadline) {
    position.set(deadline);
  }

  /** A wait ended on an event: the thread stands now. */
  public void woken() {
    position.set(System.nanoTime());
  }

  /** The task, run on another thread from where the current thread stands. */
  public Runnable inheriting(Runnable task) {
    long start = base();
    return () -> {
      position.set(start);
      try {
        task.run();
      } finally {
        position.remove();
      }
    };
  }
}
