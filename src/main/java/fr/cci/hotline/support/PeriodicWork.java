package fr.cci.hotline.support;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.support.CronExpression;

/**
 * A component whose tasks run now and then on one daemon thread of its own, from the component's
 * start to its stop: the one way the service does periodic work. The tasks share the thread, so
 * they never overlap; a task repeated every period runs again a period after its previous run ended
 * (the first time a period after the start); a task on a cron expression runs at its times in the
 * server's time zone. A task that fails is logged once per run of failures (and once when it works
 * again) and keeps its schedule.
 *
 * <p>Why not Spring's {@code @Scheduled}: it shares one scheduler among all modules, so a slow
 * database query in one module would delay another's work, and it needs scheduling switched on for
 * the whole application.
 */
public abstract class PeriodicWork implements SmartLifecycle {

  /** One task: {@code what} names it in the log; either {@code every} or {@code cron} is set. */
  public record Task(String what, Duration every, CronExpression cron, Runnable work) {}

  private final Logger log = LoggerFactory.getLogger(getClass());
  private final String threadName;
  private final Set<Task> failing = ConcurrentHashMap.newKeySet();
  private volatile ScheduledExecutorService executor;

  protected PeriodicWork(String threadName) {
    this.threadName = threadName;
  }

  /** A task run again {@code period} after each run ends. */
  protected static Task every(Duration period, String what, Runnable work) {
    return new Task(what, period, null, work);
  }

  /** A task run at the times of a Spring cron expression, in the server's time zone. */
  protected static Task at(CronExpression cron, String what, Runnable work) {
    return new Task(what, null, cron, work);
  }

  /** What to run on the thread, scheduled at each start. */
  protected abstract List<Task> tasks();

  /**
   * Runs {@code task} as soon as the thread is free, between the periodic runs; does nothing when
   * the component is stopped.
   */
  protected void runSoon(Task task) {
    Executor running = executor;
    if (running != null) {
      try {
        running.execute(() -> run(task));
      } catch (RejectedExecutionException stopping) {
        // stopped meanwhile: the task's next start runs it again
      }
    }
  }

  /**
   * Runs {@code task} once, {@code delay} from now, between the periodic runs; does nothing when
   * the component is stopped.
   */
  protected void runAfter(Duration delay, Task task) {
    ScheduledExecutorService running = executor;
    if (running != null) {
      try {
        running.schedule(() -> run(task), delay.toMillis(), TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException stopping) {
        // stopped meanwhile: the task's next start runs it again
      }
    }
  }

  /** Whether the thread runs: tasks asked for now are only run while it does. */
  protected boolean started() {
    return executor != null;
  }

  @Override
  public synchronized void start() {
    ScheduledExecutorService started =
        Executors.newSingleThreadScheduledExecutor(DaemonThreads.named(threadName));
    for (Task task : tasks()) {
      if (task.cron() != null) {
        scheduleNext(started, task);
      } else {
        long millis = task.every().toMillis();
        started.scheduleWithFixedDelay(() -> run(task), millis, millis, TimeUnit.MILLISECONDS);
      }
    }
    executor = started;
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

  private void scheduleNext(ScheduledExecutorService on, Task task) {
    ZonedDateTime now = ZonedDateTime.now();
    ZonedDateTime next = task.cron().next(now);
    if (next == null || on.isShutdown()) {
      return;
    }
    try {
      on.schedule(
          () -> {
            run(task);
            scheduleNext(on, task);
          },
          Duration.between(now, next).toMillis(),
          TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException stopped) {
      // the component stopped while the task ran
    }
  }

  /** A failure never ends the schedule (an executor would silently drop a task that threw). */
  private void run(Task task) {
    try {
      task.work().run();
      if (failing.remove(task)) {
        log.info("{} works again", task.what());
      }
    } catch (RuntimeException failure) {
      if (failing.add(task)) {
        log.warn("{} failed, tried again at its next run: {}", task.what(), failure.toString());
      }
    }
  }
}
