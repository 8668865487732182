package fr.cci.hotline.routing.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/**
 * A component whose periodic tasks run on one daemon thread of this instance, from the component's
 * start to its stop. The tasks share the thread, so they never overlap; each runs again a period
 * after its previous run ended, the first time a period after the start.
 */
abstract class PeriodicWork implements SmartLifecycle {

  record Task(Duration every, Runnable work) {}

  private final String threadName;
  private volatile ScheduledExecutorService executor;

  PeriodicWork(String threadName) {
    this.threadName = threadName;
  }

  static Task every(Duration period, Runnable work) {
    return new Task(period, work);
  }

  /** What to run on the thread, scheduled at each start. */
  abstract List<Task> tasks();

  /** The thread, to run one more task on it between the periodic ones; null when stopped. */
  Executor executor() {
    return executor;
  }

  @Override
  public synchronized void start() {
    executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, threadName);
              thread.setDaemon(true);
              return thread;
            });
    for (Task task : tasks()) {
      long millis = task.every().toMillis();
      executor.scheduleWithFixedDelay(task.work(), millis, millis, TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public synchronized void stop() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }

  @Override
  public boolean isRunning() {
    return executor != null;
  }
}
