package fr.cci.hotline.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PeriodicWorkTests {

  private final AtomicInteger runs = new AtomicInteger();
  private final List<String> threads = new CopyOnWriteArrayList<>();
  private final Ticker ticker = new Ticker();

  /** Counts its runs; the first three fail. */
  private final class Ticker extends PeriodicWork {

    final Task tick = every(Duration.ofMillis(20), "Tick", this::tick);

    Ticker() {
      super("ticker");
    }

    @Override
    protected List<Task> tasks() {
      return List.of(tick);
    }

    void askNow() {
      runSoon(tick);
    }

    private void tick() {
      threads.add(Thread.currentThread().getName());
      if (runs.incrementAndGet() <= 3) {
        throw new IllegalStateException("not yet");
      }
    }
  }

  @AfterEach
  void stop() {
    ticker.stop();
  }

  @Test
  void aTaskThatFailsKeepsItsSchedule() {
    ticker.start();

    await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 6);
  }

  @Test
  void tasksRunOnTheComponentsOwnDaemonThread() {
    ticker.start();

    await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 2);
    assertThat(threads).allMatch("ticker"::equals);
  }

  @Test
  void aTaskAskedForLaterRunsOnTheComponentsThreadBetweenItsPeriodicRuns() {
    Hourly hourly = new Hourly();
    hourly.start();

    hourly.runAfter(Duration.ofMillis(50), hourly.report);

    await().atMost(Duration.ofSeconds(5)).until(() -> hourly.ran.size() == 1);
    hourly.stop();
    assertThat(hourly.ran).containsExactly("hourly");
    hourly.runAfter(Duration.ZERO, hourly.report); // stopped: neither runs nor fails
    assertThat(hourly.ran).hasSize(1);
  }

  /** A task due every hour: within a test it only runs when asked for. */
  private static final class Hourly extends PeriodicWork {

    final List<String> ran = new CopyOnWriteArrayList<>();
    final Task report = every(Duration.ofHours(1), "Report", this::report);

    Hourly() {
      super("hourly");
    }

    @Override
    protected List<Task> tasks() {
      return List.of(report);
    }

    private void report() {
      ran.add(Thread.currentThread().getName());
    }
  }

  @Test
  void aStoppedComponentTakesNoMoreWork() {
    ticker.start();
    ticker.stop();

    assertThat(ticker.isRunning()).isFalse();
    ticker.askNow(); // neither runs nor fails
  }
}
