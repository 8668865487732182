package fr.cci.hotline.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places calls following a {@link TrafficProfile} with a fixed seed: same seed, same callers,
 * digits, patience and talk times (arrival instants still depend on the machine's timing).
 */
public final class TrafficGenerator implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(TrafficGenerator.class);

  private final PbxSimulator simulator;
  private final TrafficProfile profile;
  private final Random random;
  private final List<SimulatedCall> calls = new CopyOnWriteArrayList<>();
  private final CountDownLatch finished = new CountDownLatch(1);
  private volatile boolean stopped;

  TrafficGenerator(PbxSimulator simulator, TrafficProfile profile, long seed) {
    this.simulator = simulator;
    this.profile = profile;
    this.random = new Random(seed);
  }

  void start() {
    simulator.prepareAdvisorsFor(profile, random);
    simulator.executor().execute(this::arrivals);
  }

  public List<SimulatedCall> calls() {
    return List.copyOf(calls);
  }

  /** Stops placing new calls; calls in progress go on. */
  public void stop() {
    stopped = true;
  }

  /** Waits until no call arrives any more (duration over or stopped) and all calls ended. */
  public List<CallRecord> awaitCompletion(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      if (!finished.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        throw new IllegalStateException("traffic still arriving after " + timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return calls.stream()
        .map(call -> call.awaitEnd(Duration.ofNanos(Math.max(1, deadline - System.nanoTime()))))
        .toList();
  }

  @Override
  public void close() {
    stop();
  }

  private void arrivals() {
    long end =
        profile.duration() == null
            ? Long.MAX_VALUE
            : System.nanoTime() + simulator.realNanos(profile.duration());
    try {
      while (!stopped) {
        Duration gap;
        CallerScript script;
        synchronized (random) {
          gap = profile.gaps().sample(random);
          script = nextCaller();
        }
        long wake = System.nanoTime() + simulator.realNanos(gap);
        if (wake >= end) {
          break;
        }
        TimeUnit.NANOSECONDS.sleep(Math.max(0, wake - System.nanoTime()));
        if (!stopped) {
          calls.add(simulator.call(script));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.warn("traffic generator stopped", e);
    } finally {
      finished.countDown();
    }
  }

  private CallerScript nextCaller() {
    String number = String.format("0%d%08d", 1 + random.nextInt(7), random.nextInt(100_000_000));
    CallerScript script = CallerScript.from(number);
    for (int i = 0; i < 4; i++) {
      List<String> choices = profile.digitChoices();
      script.pressWhenAsked(
          choices.get(random.nextInt(choices.size())),
          Duration.ofMillis(300 + random.nextInt(1500)));
    }
    return script.hangUpAfterWaiting(profile.patience().sample(random));
  }
}
