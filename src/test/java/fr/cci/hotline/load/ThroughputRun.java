package fr.cci.hotline.load;

import static fr.cci.hotline.testing.MenuKeys.NORMANDY;
import static fr.cci.hotline.testing.MenuKeys.TOPICS;

import fr.cci.hotline.simulator.CallRecord;
import fr.cci.hotline.simulator.CallerScript;
import fr.cci.hotline.simulator.PbxSimulator;
import fr.cci.hotline.simulator.SimulatorSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Calls per second through the whole chain (menu digits, case, routing, Dial, hang-up) against the
 * packaged service, the time the service adds per FastAGI command measured on the simulator's side
 * of the socket, and the service's CPU per call against a bare Asterisk-Java script's at the same
 * rate. The simulator runs compressed time: prompts and talks are short, advisors answer at once.
 */
final class ThroughputRun {

  private static final Duration RING = Duration.ofMillis(200);
  private static final Duration TALK = Duration.ofSeconds(2);
  private static final int WARMUP_STEPS = 4;

  private final LoadOptions options;
  private final RunReport report;

  ThroughputRun(LoadOptions options) {
    this.options = options;
    this.report =
        new RunReport(String.format("throughput-%s-%.0f", options.database(), options.rate()));
  }

  void run() throws IOException {
    Path work = options.workDir("throughput-" + options.database());
    LoadDatabase database = LoadDatabase.named(options.database(), work);
    report.line(
        "%s; %.0f calls/s for %d s after %d s of warm-up at %.0f calls/s; %d advisors; simulator"
            + " at %.0f x real time",
        database.name(),
        options.rate(),
        options.seconds(),
        options.warmup(),
        options.warmupRate(),
        options.advisors(),
        options.speed());
    long serviceCpu;
    try (PbxSimulator pbx = PbxSimulator.start(simulatorSettings());
        ServiceProcess service =
            ServiceProcess.start(options.jar(), work, pbx.amiPort(), database)) {
      pbx.agiTarget("127.0.0.1", service.agiPort());
      Team.answer(pbx, Team.loggedIn(service, options.advisors()), RING, TALK);
      serviceCpu =
          measure("service", pbx, service.pid(), this::menuCaller, () -> casesWritten(service));
      report.line(
          "service log lines at WARN or ERROR: %d",
          service.logLinesContaining(" WARN ") + service.logLinesContaining(" ERROR "));
    }
    long bareCpu = bare(work);
    report.line(
        "CPU per call: service %.2f ms, bare Asterisk-Java script %.2f ms: overhead ratio %.1f",
        serviceCpu / (double) calls(), bareCpu / (double) calls(), serviceCpu / (double) bareCpu);
    report.save();
  }

  /** Warm-up, then the measured wave; returns the process's CPU milliseconds during the wave. */
  private long measure(
      String who, PbxSimulator pbx, long pid, IntFunction<CallerScript> caller, Runnable settle) {
    warmUp(who, pbx, caller);
    Latencies turnarounds = new Latencies();
    Map<String, Latencies> byCommand = new TreeMap<>();
    pbx.onAgiTurnaround(
        (command, nanos) -> {
          turnarounds.add(nanos);
          Latencies of;
          synchronized (byCommand) {
            of = byCommand.computeIfAbsent(verb(command), verb -> new Latencies());
          }
          of.add(nanos);
        });
    report.load("before the " + who + " wave");
    long cpuBefore = ProcessStats.cpuMillis(pid);
    CpuBudget budget = CpuBudget.start();
    long started = System.nanoTime();
    CallWave wave = CallWave.place(pbx, calls(), options.rate(), caller);
    List<CallRecord> records = wave.ended(Duration.ofMinutes(5));
    double seconds = (System.nanoTime() - started) / 1e9;
    settle.run();
    long cpu = ProcessStats.cpuMillis(pid) - cpuBefore;
    report.line("%s: %s", who, budget.end(cpu));
    pbx.onAgiTurnaround((command, nanos) -> {});
    report.load("after the " + who + " wave");
    report.line(
        "%s: %d calls placed at %.1f/s, all ended after %.1f s (%.1f calls/s end to end)",
        who, wave.placed(), wave.placedPerSecond(), seconds, wave.placed() / seconds);
    outcomes(who, wave, records);
    report.line(
        "%s: AGI turnaround (reply written -> next command read, simulator side) over %d commands:"
            + " p50 %.0f us, p99 %.0f us, max %.0f us",
        who,
        turnarounds.count(),
        turnarounds.percentileMicros(0.50),
        turnarounds.percentileMicros(0.99),
        turnarounds.maxMicros());
    byCommand.forEach(
        (verb, of) ->
            report.line(
                "%s:   before %-14s %6d commands, p50 %6.0f us, p99 %7.0f us, max %8.0f us",
                who,
                verb,
                of.count(),
                of.percentileMicros(0.50),
                of.percentileMicros(0.99),
                of.maxMicros()));
    report.line(
        "%s: CPU %d ms during the wave, %.2f ms per call", who, cpu, cpu / (double) calls());
    return cpu;
  }

  /**
   * The warm-up climbs to its rate in steps: a cold JVM fed the full rate at once can fall behind
   * for good (a queue forms, and in compressed time each waiting caller's one-second tick comes 50
   * times a second), which one run in six did with a single step.
   */
  private void warmUp(String who, PbxSimulator pbx, IntFunction<CallerScript> caller) {
    double seconds = options.warmup() / (double) WARMUP_STEPS;
    for (int step = 1; step <= WARMUP_STEPS; step++) {
      double rate = options.warmupRate() * step / WARMUP_STEPS;
      CallWave warmup = CallWave.place(pbx, (int) Math.ceil(rate * seconds), rate, caller);
      outcomes(
          String.format("%s warm-up at %.0f/s", who, rate),
          warmup,
          warmup.ended(Duration.ofMinutes(5)));
    }
  }

  /**
   * Where the machine's CPU went during a wave: the process measured, the database server's
   * processes (PostgreSQL's; H2 runs inside the service), this driver (the simulator) and the rest.
   */
  private record CpuBudget(long[] machine, long database, long driver, long nanos) {

    static CpuBudget start() {
      return new CpuBudget(
          ProcessStats.machineCpuMillis(),
          ProcessStats.cpuMillisOfCommand("postgres"),
          ProcessStats.cpuMillis(ProcessHandle.current().pid()),
          System.nanoTime());
    }

    String end(long measuredCpu) {
      long[] machineNow = ProcessStats.machineCpuMillis();
      long busy = machineNow[0] - machine[0];
      long total = machineNow[1] - machine[1];
      long databaseCpu = ProcessStats.cpuMillisOfCommand("postgres") - database;
      long driverCpu = ProcessStats.cpuMillis(ProcessHandle.current().pid()) - driver;
      double seconds = (System.nanoTime() - nanos) / 1e9;
      return String.format(
          "machine CPU busy %.0f %% of %d cores over %.1f s: measured process %.2f cores, database"
              + " server %.2f, driver and simulator %.2f, everything else %.2f",
          100.0 * busy / total,
          Runtime.getRuntime().availableProcessors(),
          seconds,
          measuredCpu / 1000.0 / seconds,
          databaseCpu / 1000.0 / seconds,
          driverCpu / 1000.0 / seconds,
          Math.max(0, busy - measuredCpu - databaseCpu - driverCpu) / 1000.0 / seconds);
    }
  }

  /** What became of a wave's calls: each should be connected, answered and have its case. */
  private void outcomes(String who, CallWave wave, List<CallRecord> records) {
    report.line(
        "%s: %d calls, connected %d, answered by an advisor %d, with a case %d, fallback queue"
            + " %d, not answered %d; most up at once %d",
        who,
        records.size(),
        count(records, r -> "CONNECT".equals(r.finalVariables().get("HOTLINE_ACTION"))),
        count(records, r -> r.answeredBy() != null),
        count(records, r -> !r.finalVariables().getOrDefault("HOTLINE_CASE", "").isEmpty()),
        count(records, CallRecord::reachedFallbackQueue),
        count(records, r -> r.answeredBy() == null),
        wave.mostInProgress());
  }

  private static long count(List<CallRecord> records, Predicate<CallRecord> which) {
    return records.stream().filter(which).count();
  }

  /**
   * Waits until the case journal has written every case event to the database: the CPU of a call
   * includes its case record. Says how far behind the writer was when the last call ended.
   */
  private void casesWritten(ServiceProcess service) {
    long start = System.nanoTime();
    double pending = service.scrape().value("hotline_cases_pending");
    report.line("service: case events not yet written when the last call ended: %.0f", pending);
    while (service.scrape().value("hotline_cases_pending") > 0
        && System.nanoTime() - start < Duration.ofMinutes(10).toNanos()) {
      Pause.of(Duration.ofMillis(500));
    }
    report.line(
        "service: the case writer caught up %.1f s after the last call ended",
        (System.nanoTime() - start) / 1e9);
  }

  /** The bare script, driven at the same rate by a simulator whose dialplan only runs it. */
  private long bare(Path work) throws IOException {
    int port = fr.cci.hotline.testing.Ports.freeTcp();
    Path dialplan = work.resolve("bare-extensions.conf");
    Files.writeString(
        dialplan,
        "[bare]\nexten => s,1,Answer()\n same => n,AGI(agi://127.0.0.1:"
            + port
            + "/bare)\n same => n,Hangup()\n");
    Process server = BareAgiServer.start(port, work.resolve("bare-agi.log"));
    try (PbxSimulator pbx = PbxSimulator.start(simulatorSettings().withDialplan(dialplan))) {
      Pause.of(Duration.ofSeconds(3));
      return measure(
          "bare",
          pbx,
          server.pid(),
          i -> CallerScript.from(number(i)).intoContext("bare").dialling("s"),
          () -> {});
    } finally {
      server.destroy();
    }
  }

  private CallerScript menuCaller(int i) {
    return CallerScript.from(number(i))
        .stayQuiet()
        .stayQuiet()
        .pressWhenAsked(TOPICS.get(i % TOPICS.size()))
        .pressWhenAsked(NORMANDY.get(i % NORMANDY.size()));
  }

  private SimulatorSettings simulatorSettings() {
    return SimulatorSettings.defaults()
        .withSpeed(options.speed())
        .withSeed(42)
        .withDialplan(Path.of("asterisk-config/extensions.conf"));
  }

  private int calls() {
    return (int) (options.rate() * options.seconds());
  }

  /** Numbers that differ from call to call and run to run. */
  private static String number(int i) {
    return String.format("06%08d", (System.nanoTime() / 1000 + i) % 100_000_000);
  }

  /**
   * The command's name without its arguments ("GET DATA", "SET VARIABLE"); {@code SET MUSIC} keeps
   * its argument, because {@code on} follows the département and {@code off} follows the routing
   * decision (the join, the first pass, the offer).
   */
  private static String verb(String command) {
    String[] words = command.split(" ");
    if (words.length > 2 && command.startsWith("SET MUSIC ")) {
      return "SET MUSIC " + words[2].toLowerCase(Locale.ROOT);
    }
    return words.length > 1 && words[1].matches("[A-Z]+") ? words[0] + " " + words[1] : words[0];
  }
}
