package fr.cci.hotline.routing.policy;

import fr.cci.hotline.bench.BusyLine;
import fr.cci.hotline.bench.ShippedSettings;
import fr.cci.hotline.routing.RoutingSettings;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One decision of the selection policy: the best of 500 advisors for one of 1,000 waiting callers
 * (taken in turn, so every tier of the widening is measured), with the shipped widening delays.
 * Sampled, so that JMH reports the p99 the target is set on (100 µs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class SelectionPolicyBenchmark {

  /** How many of the 500 advisors are free: one (the usual busy moment) or all of them. */
  @Param({"1", "500"})
  int free;

  private SelectionPolicy policy;
  private BusyLine line;
  private int next;

  @Setup
  public void busyLine() {
    RoutingSettings settings = ShippedSettings.routing();
    policy =
        new SelectionPolicy(
            new PoolWidening(settings.widenToDepartmentAfter(), settings.widenToRegionAfter()));
    line = BusyLine.of(500, 1000, free, ShippedSettings.advisors().departments());
  }

  @Benchmark
  public Optional<Candidate> chooseForOneCaller() {
    WaitingCall call = line.calls().get(next);
    next = (next + 1) % line.calls().size();
    return policy.choose(call, line.advisors(), line.now());
  }
}
