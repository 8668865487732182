package fr.cci.hotline.load;

import fr.cci.hotline.simulator.PbxSimulator;
import fr.cci.hotline.simulator.SimulatorSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.locks.LockSupport;

/**
 * AMI events at rising rates into the packaged service's AMI link, in steps of a few seconds: how
 * many arrive (against how many the simulator queued for the service), how late from the Timestamp
 * the simulator wrote to the moment the service handled them (same machine, same clock), and
 * whether Asterisk-Java's dispatch queue dropped any.
 */
final class AmiEventRun {

  private static final String DELAY = "hotline_ami_event_delay_seconds";
  private static final String RECEIVED = "hotline_ami_events_received_total";
  private static final String QUEUE_FULL = "Event queue is full";
  private static final Duration STEP = Duration.ofSeconds(10);

  private final LoadOptions options;
  private final RunReport report;
  private long published;

  AmiEventRun(LoadOptions options) {
    this.options = options;
    this.report = new RunReport("ami-events-" + options.database());
  }

  void run() {
    Path work = options.workDir("ami-events-" + options.database());
    LoadDatabase database = LoadDatabase.named(options.database(), work);
    report.line(
        "%s; steps of %d s; per synthetic call %d events published, %d in the service's classes",
        database.name(),
        STEP.toSeconds(),
        SyntheticCallEvents.PER_CALL,
        SyntheticCallEvents.FOR_THE_SERVICE);
    try (PbxSimulator pbx = PbxSimulator.start(SimulatorSettings.defaults());
        ServiceProcess service =
            ServiceProcess.start(options.jar(), work, pbx.amiPort(), database)) {
      step(pbx, service, 1000, Duration.ofSeconds(5)); // warm-up, not reported
      for (int rate :
          Arrays.stream(options.eventRates().split(",")).mapToInt(Integer::parseInt).toArray()) {
        report.load("before " + rate + " events/s");
        report.line("%s", step(pbx, service, rate, STEP));
      }
      report.line(
          "Asterisk-Java's \"%s\" lines in the service log: %d",
          QUEUE_FULL, service.logLinesContaining(QUEUE_FULL));
    }
    report.save();
  }

  /** Sends {@code perSecond} events for the service for {@code length}; what became of them. */
  private String step(PbxSimulator pbx, ServiceProcess service, int perSecond, Duration length) {
    Scrape before = service.scrape();
    long deliveredBefore = pbx.amiEventsDelivered();
    double callsPerNano = perSecond / (double) SyntheticCallEvents.FOR_THE_SERVICE / 1e9;
    long start = System.nanoTime();
    long end = start + length.toNanos();
    long calls = 0;
    for (long now = start; now < end; now = System.nanoTime()) {
      long due = (long) ((now - start) * callsPerNano);
      for (; calls < due; calls++) {
        SyntheticCallEvents.publish(pbx, published++);
      }
      // Bursts a millisecond apart: a spinning publisher would take one of the two cores.
      LockSupport.parkNanos(1_000_000);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long delivered = pbx.amiEventsDelivered() - deliveredBefore;
    double expected =
        delivered
            / (double) SyntheticCallEvents.FOR_THE_SERVICE
            * SyntheticCallEvents.HANDED_TO_THE_SERVICE;
    Scrape after = caughtUp(service, before.value(RECEIVED) + expected);
    double received = after.value(RECEIVED) - before.value(RECEIVED);
    double count = after.value(DELAY + "_count") - before.value(DELAY + "_count");
    double mean = (after.value(DELAY + "_sum") - before.value(DELAY + "_sum")) / count * 1000;
    return String.format(
        java.util.Locale.ROOT,
        "%6d events/s asked: %7d queued for the service (%.0f/s), %7.0f received (%+.0f against"
            + " %.0f expected with Asterisk-Java's BridgeEvents);"
            + " delay mean %.1f ms, p50 %s, p99 %s, max %.0f ms (last 2 min); dispatcher backlog"
            + " %.0f, lag max %.0f ms",
        perSecond,
        delivered,
        delivered / seconds,
        received,
        received - expected,
        expected,
        mean,
        bound(before, after, 0.50),
        bound(before, after, 0.99),
        after.value(DELAY + "_max") * 1000,
        after.value("hotline_ami_event_backlog"),
        after.value("hotline_ami_event_lag_seconds_max") * 1000);
  }

  /** Waits until the service has counted {@code expected} events, or stopped counting. */
  private static Scrape caughtUp(ServiceProcess service, double expected) {
    Scrape last = service.scrape();
    double previous = -1;
    while (last.value(RECEIVED) < expected && last.value(RECEIVED) != previous) {
      previous = last.value(RECEIVED);
      Pause.of(Duration.ofSeconds(2));
      last = service.scrape();
    }
    return last;
  }

  /** The smallest bucket bound under which {@code share} of this step's events fall. */
  private static String bound(Scrape before, Scrape after, double share) {
    SortedMap<Double, Double> then = before.buckets(DELAY);
    SortedMap<Double, Double> now = after.buckets(DELAY);
    double total =
        now.get(Double.POSITIVE_INFINITY) - then.getOrDefault(Double.POSITIVE_INFINITY, 0.0);
    for (Map.Entry<Double, Double> bucket : now.entrySet()) {
      double within = bucket.getValue() - then.getOrDefault(bucket.getKey(), 0.0);
      if (within >= share * total) {
        return bucket.getKey().isInfinite()
            ? "> 5 s"
            : "<= " + Math.round(bucket.getKey() * 1000) + " ms";
      }
    }
    return "?";
  }
}
