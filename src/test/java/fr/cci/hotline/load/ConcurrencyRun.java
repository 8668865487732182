package fr.cci.hotline.load;

import static fr.cci.hotline.testing.MenuKeys.NORMANDY;
import static fr.cci.hotline.testing.MenuKeys.TOPICS;

import fr.cci.hotline.simulator.CallerScript;
import fr.cci.hotline.simulator.PbxSimulator;
import fr.cci.hotline.simulator.SimulatedCall;
import fr.cci.hotline.simulator.SimulatorSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A thousand callers at once in the packaged service, in real time: two advisors on long calls,
 * everyone else through the menu and into the waiting line. Memory is read against an idle baseline
 * taken after a few warm-up calls: heap after a full GC and resident set size.
 */
final class ConcurrencyRun {

  private static final double ARRIVALS_PER_SECOND = 50;
  private static final int ADVISORS = 2;
  private static final Duration ALL_IN_LIMIT = Duration.ofMinutes(4);

  /** How long the service's CPU is watched while everybody waits. */
  private static final Duration WATCHED = Duration.ofSeconds(20);

  private final LoadOptions options;
  private final RunReport report;

  ConcurrencyRun(LoadOptions options) {
    this.options = options;
    this.report = new RunReport("concurrency-" + options.database());
  }

  void run() {
    Path work = options.workDir("concurrency-" + options.database());
    LoadDatabase database = LoadDatabase.named(options.database(), work);
    int callers = options.callers();
    report.line(
        "%s; %d callers arriving at %.0f/s, simulator in real time, %d advisors on long calls",
        database.name(), callers, ARRIVALS_PER_SECOND, ADVISORS);
    SimulatorSettings settings =
        SimulatorSettings.defaults().withDialplan(Path.of("asterisk-config/extensions.conf"));
    try (PbxSimulator pbx = PbxSimulator.start(settings);
        ServiceProcess service =
            ServiceProcess.start(options.jar(), work, pbx.amiPort(), database)) {
      pbx.agiTarget("127.0.0.1", service.agiPort());
      List<String> team = Team.loggedIn(service, ADVISORS);
      Team.answer(pbx, team, Duration.ofSeconds(1), Duration.ofSeconds(1));
      CallWave.place(pbx, 20, 2, this::waitingCaller).ended(Duration.ofMinutes(3));
      Pause.of(Duration.ofSeconds(5));
      long heapIdle = ProcessStats.heapUsedAfterGcKb(service.pid());
      long rssIdle = ProcessStats.rssKb(service.pid());
      report.line(
          "idle after 20 warm-up calls: heap after GC %d MB, RSS %d MB",
          heapIdle >> 10, rssIdle >> 10);

      Team.answer(pbx, team, Duration.ofSeconds(1), Duration.ofHours(2));
      report.load("before the callers");
      CallWave wave = CallWave.place(pbx, callers, ARRIVALS_PER_SECOND, this::waitingCaller);
      Scrape all = allIn(service, callers - ADVISORS);
      report.load("with every caller in");
      long heap = ProcessStats.heapUsedAfterGcKb(service.pid());
      long rss = ProcessStats.rssKb(service.pid());
      long refused = refused(wave.calls());
      report.line(
          "in: FastAGI sessions %.0f, callers in the waiting line %.0f, calls up %d, FastAGI"
              + " sessions over (the advisors' callers, or refused) %d, AGI time-outs %.0f",
          all.value("hotline_agi_sessions"),
          all.sum("hotline_calls_waiting"),
          wave.inProgress(),
          refused,
          all.sum("hotline_agi_timeouts_total"));
      report.line(
          "with %d callers: heap after GC %d MB, RSS %d MB; per waiting caller: heap %.1f kB,"
              + " RSS %.1f kB",
          callers,
          heap >> 10,
          rss >> 10,
          (heap - heapIdle) / (double) callers,
          (rss - rssIdle) / (double) callers);
      report.line("service threads: %s", threads(service.pid()));
      long cpuBefore = ProcessStats.cpuMillis(service.pid());
      Pause.of(WATCHED);
      report.line(
          "CPU while they wait: %.0f %% of one core",
          100.0 * (ProcessStats.cpuMillis(service.pid()) - cpuBefore) / WATCHED.toMillis());
    }
    report.save();
  }

  /** Waits until the waiting line holds everyone but the advisors' callers; the last read. */
  private Scrape allIn(ServiceProcess service, int waiting) {
    long deadline = System.nanoTime() + ALL_IN_LIMIT.toNanos();
    Scrape last = service.scrape();
    while (last.sum("hotline_calls_waiting") < waiting && System.nanoTime() < deadline) {
      Pause.of(Duration.ofSeconds(2));
      last = service.scrape();
    }
    return last;
  }

  /** Calls whose FastAGI session is over while they should all be waiting: refused or failed. */
  private static long refused(List<SimulatedCall> calls) {
    return calls.stream().filter(call -> call.variable("AGISTATUS").isPresent()).count();
  }

  private static String threads(long pid) {
    try {
      return java.nio.file.Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))
          .stream()
          .filter(line -> line.startsWith("Threads:"))
          .findFirst()
          .orElse("?")
          .replace("Threads:", "")
          .trim();
    } catch (java.io.IOException failure) {
      return "?";
    }
  }

  private CallerScript waitingCaller(int i) {
    return CallerScript.from(String.format("07%08d", 10_000_000 + i))
        .stayQuiet()
        .stayQuiet()
        .pressWhenAsked(TOPICS.get(i % TOPICS.size()))
        .pressWhenAsked(NORMANDY.get(i % NORMANDY.size()))
        .hangUpAfterWaiting(Duration.ofHours(2));
  }
}
