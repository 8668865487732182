package fr.cci.hotline.support;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for the service's own background work. They are daemons, so that a component that failed
 * to stop never holds the JVM up, and they are named, so that a thread dump and a log line say
 * whose work it is.
 */
public final class DaemonThreads {

  private DaemonThreads() {}

  /** Every thread gets this name: for an executor of one thread. */
  public static ThreadFactory named(String name) {
    return work -> daemon(work, name);
  }

  /** Threads named {@code prefix-1}, {@code prefix-2}…: for a pool. */
  public static ThreadFactory numbered(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return work -> daemon(work, prefix + "-" + count.incrementAndGet());
  }

  /** Starts {@code work} on a thread of its own. */
  public static Thread start(String name, Runnable work) {
    Thread thread = daemon(work, name);
    thread.start();
    return thread;
  }

  private static Thread daemon(Runnable work, String name) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    return thread;
  }
}
