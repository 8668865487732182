package fr.cci.hotline.routing.quality;

import fr.cci.hotline.bench.BusyLine;
import fr.cci.hotline.bench.ShippedSettings;
import fr.cci.hotline.routing.RoutingSettings;
import fr.cci.hotline.routing.policy.Candidate;
import fr.cci.hotline.routing.policy.PoolWidening;
import fr.cci.hotline.supervision.staffing.ErlangCPrediction;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Prints the routing-quality tables of BENCHMARKS.md: the pooled, strict and shipped widening
 * policies through a busy day and a surge, beside Erlang C, and a search of the widening delays.
 * Arguments (all optional): {@code replications=20 calls=500000 days=100 gridDays=25 patience=180s
 * seed=13}.
 */
public final class RoutingQuality {

  static final double CALLS_PER_HOUR = 20;
  static final Duration HANDLING = Duration.ofMinutes(10);
  static final int ADVISORS = 10;
  private static final Duration NEVER = Duration.ofDays(36_500);

  private final Map<String, List<String>> departments = ShippedSettings.advisors().departments();
  private final List<Candidate> team = team(departments);
  private final Map<String, String> options;
  private final int replications;
  private final long seed;
  private final PrintStream out = System.out;

  private RoutingQuality(Map<String, String> options) {
    this.options = options;
    this.replications = Integer.parseInt(options.getOrDefault("replications", "20"));
    this.seed = Long.parseLong(options.getOrDefault("seed", "13"));
  }

  public static void main(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      String[] pair = arg.split("=", 2);
      options.put(pair[0], pair.length > 1 ? pair[1] : "true");
    }
    new RoutingQuality(options).printAll();
  }

  private void printAll() {
    long started = System.nanoTime();
    RoutingSettings shipped = ShippedSettings.routing();
    Map<String, PoolWidening> policies = new LinkedHashMap<>();
    policies.put("(a) pooled", new PoolWidening(Duration.ZERO, Duration.ZERO));
    policies.put("(b) strict", new PoolWidening(NEVER, NEVER));
    policies.put(
        "(c) shipped "
            + shipped.widenToDepartmentAfter().toSeconds()
            + " s / "
            + shipped.widenToRegionAfter().toSeconds()
            + " s",
        new PoolWidening(shipped.widenToDepartmentAfter(), shipped.widenToRegionAfter()));
    out.printf(
        "Team: %s; départements → chambers: %s; seed %d, %d replications%n%n",
        teamByChamber(), new TreeMap<>(departments), seed, replications);
    erlangCheck(policies);
    days(policies, null);
    days(policies, duration(options.getOrDefault("patience", "180s")));
    wideningSearch();
    out.printf("Simulated in %.1f s%n", (System.nanoTime() - started) / 1e9);
  }

  /** A long steady run at 20 calls/h without abandonment, against Erlang C. */
  private void erlangCheck(Map<String, PoolWidening> policies) {
    int calls = Integer.parseInt(options.getOrDefault("calls", "500000"));
    Duration warmUp = Duration.ofHours(100);
    Duration measured = Duration.ofSeconds(Math.round(calls / CALLS_PER_HOUR * 3600));
    Workload steady =
        new Workload(
            "steady",
            List.of(new Workload.Period(warmUp.plus(measured), CALLS_PER_HOUR)),
            warmUp,
            HANDLING,
            null);
    out.printf(
        "### Steady %d calls/h, no abandonment: %d replications of about %d calls each"
            + " (after %d h of warm-up)%n%n",
        (int) CALLS_PER_HOUR, replications, calls, warmUp.toHours());
    out.println(
        "| policy | calls | P(wait) simulated | Erlang C | gap | ASA simulated (s) | Erlang C | gap"
            + " | SL 60 s simulated | Erlang C | home chamber |");
    out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    ErlangCPrediction pooled =
        ErlangCPrediction.of(CALLS_PER_HOUR, HANDLING, ADVISORS, Duration.ofSeconds(60));
    ErlangCPrediction strict = perHomeChamber();
    policies.forEach(
        (name, widening) -> {
          List<Tally> runs = replicate(widening, steady, 1);
          ErlangCPrediction erlang =
              name.startsWith("(a)") ? pooled : name.startsWith("(b)") ? strict : null;
          Estimate wait = Estimate.of(runs, Tally::probabilityOfWaiting);
          Estimate asa = Estimate.of(runs, Tally::averageSpeedOfAnswer);
          out.printf(
              "| %s | %,d | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
              name,
              runs.stream().mapToLong(Tally::calls).sum(),
              percent(wait),
              erlang == null ? "—" : percent(erlang.probabilityOfWaiting()),
              erlang == null ? "—" : gap(wait, erlang.probabilityOfWaiting()),
              seconds(asa),
              erlang == null ? "—" : String.format("%.3f", erlang.averageSpeedOfAnswer()),
              erlang == null ? "—" : gap(asa, erlang.averageSpeedOfAnswer()),
              percent(Estimate.of(runs, Tally::serviceLevel)),
              erlang == null ? "—" : percent(erlang.serviceLevel()),
              percent(Estimate.of(runs, Tally::homeChamberShare)));
        });
    out.println();
  }

  /**
   * Erlang C for strict queues: one independent pool per home chamber, fed by the départements
   * whose usual chamber it is, weighted by their calls.
   */
  private ErlangCPrediction perHomeChamber() {
    Map<String, Integer> homeOf = new LinkedHashMap<>();
    departments.values().forEach(chambers -> homeOf.merge(chambers.get(0), 1, Integer::sum));
    double wait = 0;
    double asa = 0;
    double serviceLevel = 0;
    for (Map.Entry<String, Integer> home : homeOf.entrySet()) {
      double share = (double) home.getValue() / departments.size();
      int advisors =
          (int) team.stream().filter(member -> member.chamber().equals(home.getKey())).count();
      ErlangCPrediction pool =
          ErlangCPrediction.of(CALLS_PER_HOUR * share, HANDLING, advisors, Duration.ofSeconds(60));
      wait += share * pool.probabilityOfWaiting();
      asa += share * pool.averageSpeedOfAnswer();
      serviceLevel += share * pool.serviceLevel();
    }
    return new ErlangCPrediction(wait, asa, serviceLevel);
  }

  /** The busy day and the surge day, with or without abandonment. */
  private void days(Map<String, PoolWidening> policies, Duration patience) {
    int days = Integer.parseInt(options.getOrDefault("days", "100"));
    out.printf(
        "### Days of 8 h, %s: %d replications of %d days%n%n",
        patience == null
            ? "no abandonment"
            : "exponential patience of mean " + patience.toSeconds() + " s",
        replications,
        days);
    out.println(
        "| day | policy | calls | SL 60 s | ASA (s) | P(wait) | abandoned | home chamber |");
    out.println("|---|---|---|---|---|---|---|---|");
    for (Workload day : List.of(busyDay(1), busyDay(3))) {
      Workload workload = day.withPatience(patience);
      policies.forEach(
          (name, widening) -> {
            List<Tally> runs = replicate(widening, workload, days);
            out.printf(
                "| %s | %s | %,d | %s | %s | %s | %s | %s |%n",
                day.name(),
                name,
                runs.stream().mapToLong(Tally::calls).sum(),
                percent(Estimate.of(runs, Tally::serviceLevel)),
                seconds(Estimate.of(runs, Tally::averageSpeedOfAnswer)),
                percent(Estimate.of(runs, Tally::probabilityOfWaiting)),
                percent(Estimate.of(runs, Tally::abandonment)),
                percent(Estimate.of(runs, Tally::homeChamberShare)));
          });
    }
    out.println();
  }

  /**
   * Widening delays against the two aims: ASA within 2× of the pooled queue's, and at least 70 %
   * answered by the caller's home chamber.
   */
  private void wideningSearch() {
    int days = Integer.parseInt(options.getOrDefault("gridDays", "25"));
    out.printf(
        "### Widening delays, no abandonment: %d replications of %d days; ✓ = ASA ≤ 2 × pooled"
            + " and home chamber ≥ 70 %%%n%n",
        replications, days);
    out.println(
        "| to département after | to region after | busy day ASA (s) | × pooled | home | ✓ |"
            + " surge day ASA (s) | × pooled | home | ✓ |");
    out.println("|---|---|---|---|---|---|---|---|---|---|");
    List<Workload> workloads = List.of(busyDay(1), busyDay(3));
    List<Double> pooled = new ArrayList<>();
    for (Workload day : workloads) {
      pooled.add(
          mean(
              replicate(new PoolWidening(Duration.ZERO, Duration.ZERO), day, days),
              Tally::averageSpeedOfAnswer));
    }
    for (int department : List.of(0, 2, 5, 10, 15, 20, 30, 45, 60)) {
      for (int regionAfter : List.of(0, 15, 30, 60)) {
        PoolWidening widening =
            new PoolWidening(
                Duration.ofSeconds(department), Duration.ofSeconds(department + regionAfter));
        StringBuilder row =
            new StringBuilder(
                String.format("| %d s | %d s |", department, department + regionAfter));
        for (int i = 0; i < workloads.size(); i++) {
          List<Tally> runs = replicate(widening, workloads.get(i), days);
          double asa = mean(runs, Tally::averageSpeedOfAnswer);
          double home = mean(runs, Tally::homeChamberShare);
          boolean meets = asa <= 2 * pooled.get(i) && home >= 0.70;
          row.append(
              String.format(
                  " %.2f | %.1f | %.1f %% | %s |",
                  asa, asa / pooled.get(i), 100 * home, meets ? "✓" : ""));
        }
        out.println(row);
      }
    }
    out.printf("%nPooled ASA: busy day %.2f s, surge day %.2f s%n%n", pooled.get(0), pooled.get(1));
  }

  /** Ten advisors, two in each chamber that serves Normandy, free. */
  public static List<Candidate> team(Map<String, List<String>> departments) {
    return BusyLine.of(ADVISORS, 0, ADVISORS, departments).advisors();
  }

  /** 09:00–17:00 at 20 calls/h, the hour from 11:00 at {@code surge} times that. */
  public static Workload busyDay(int surge) {
    return new Workload(
        surge == 1 ? "busy" : "surge ×" + surge + " 11–12 h",
        List.of(
            new Workload.Period(Duration.ofHours(2), CALLS_PER_HOUR),
            new Workload.Period(Duration.ofHours(1), CALLS_PER_HOUR * surge),
            new Workload.Period(Duration.ofHours(5), CALLS_PER_HOUR)),
        Duration.ZERO,
        HANDLING,
        null);
  }

  /**
   * Independent replications, the same seeds for every policy (common random numbers), side by side
   * on the machine's cores: each has its own seed, so the figures do not depend on the order.
   */
  private List<Tally> replicate(PoolWidening widening, Workload workload, int repeats) {
    Simulation simulation = new Simulation(team, departments, widening);
    return IntStream.range(0, replications)
        .parallel()
        .mapToObj(r -> simulation.run(workload, seed * 1_000 + r, repeats))
        .toList();
  }

  private Map<String, Long> teamByChamber() {
    Map<String, Long> chambers = new LinkedHashMap<>();
    team.forEach(member -> chambers.merge(member.chamber(), 1L, Long::sum));
    return chambers;
  }

  private static double mean(List<Tally> runs, ToDoubleFunction<Tally> figure) {
    return Estimate.of(runs, figure).mean();
  }

  private static String percent(Estimate estimate) {
    return String.format("%.3f ± %.3f %%", 100 * estimate.mean(), 100 * estimate.halfWidth());
  }

  private static String percent(double value) {
    return String.format("%.3f %%", 100 * value);
  }

  private static String seconds(Estimate estimate) {
    return String.format("%.3f ± %.3f", estimate.mean(), estimate.halfWidth());
  }

  private static String gap(Estimate simulated, double predicted) {
    return String.format(
        "%+.1f %%%s",
        100 * (simulated.mean() - predicted) / predicted,
        simulated.covers(predicted) ? " (in CI)" : "");
  }

  private static Duration duration(String text) {
    return Duration.parse("PT" + text.toUpperCase());
  }
}
