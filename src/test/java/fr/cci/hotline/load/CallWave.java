package fr.cci.hotline.load;

import fr.cci.hotline.simulator.CallRecord;
import fr.cci.hotline.simulator.CallerScript;
import fr.cci.hotline.simulator.PbxSimulator;
import fr.cci.hotline.simulator.SimulatedCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Calls placed at a steady real-time rate, then awaited: what a load run sends and gets back. */
final class CallWave {

  private final List<SimulatedCall> calls = new ArrayList<>();
  private long placingNanos;
  private int mostInProgress;

  private CallWave() {}

  /**
   * Places {@code count} calls {@code 1/rate} seconds apart (from a fixed schedule, so a late call
   * does not delay the others) with the caller {@code script} makes of the call's index.
   */
  static CallWave place(
      PbxSimulator pbx, int count, double perSecond, IntFunction<CallerScript> script) {
    CallWave wave = new CallWave();
    long start = System.nanoTime();
    long gap = (long) (1e9 / perSecond);
    for (int i = 0; i < count; i++) {
      long wait = start + i * gap - System.nanoTime();
      if (wait > 0) {
        Pause.of(Duration.ofNanos(wait));
      }
      wave.calls.add(pbx.call(script.apply(i)));
      if (i % 50 == 0) {
        wave.mostInProgress = Math.max(wave.mostInProgress, wave.inProgress());
      }
    }
    wave.placingNanos = System.nanoTime() - start;
    return wave;
  }

  /** Calls placed per second of the placing, as achieved. */
  double placedPerSecond() {
    return calls.size() / (placingNanos / 1e9);
  }

  int placed() {
    return calls.size();
  }

  /** The most calls seen up at once while placing (sampled every 50 calls). */
  int mostInProgress() {
    return mostInProgress;
  }

  int inProgress() {
    return (int) calls.stream().filter(call -> !call.hasEnded()).count();
  }

  List<SimulatedCall> calls() {
    return calls;
  }

  /** Waits for every call to end and returns what happened to each. */
  List<CallRecord> ended(Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    List<CallRecord> records = new ArrayList<>();
    for (SimulatedCall call : calls) {
      records.add(call.awaitEnd(Duration.ofNanos(Math.max(1, deadline - System.nanoTime()))));
    }
    return records;
  }
}
