package fr.cci.hotline.routing.dispatch;

import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.bench.BenchService;
import fr.cci.hotline.bench.ShippedSettings;
import fr.cci.hotline.routing.RoutingSettings;
import fr.cci.hotline.routing.line.WaitingEntry;
import fr.cci.hotline.routing.line.WaitingLine;
import fr.cci.hotline.routing.policy.Candidate;
import fr.cci.hotline.routing.policy.PoolWidening;
import fr.cci.hotline.routing.policy.WaitingCall;
import fr.cci.hotline.routing.quality.Dispatch;
import fr.cci.hotline.routing.quality.RoutingQuality;
import fr.cci.hotline.routing.quality.Simulation;
import fr.cci.hotline.routing.quality.Workload;
import fr.cci.hotline.testing.AdjustableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real {@link Dispatcher} as a simulation's {@link Dispatch}, run by {@link #main} to check
 * that the in-memory dispatch of the routing-quality tables answers every call as the dispatcher
 * does: callers join and leave the service's waiting line, advisors answer and end calls through
 * its presence, and each pass is the dispatcher's own, on the service's database, with the clock
 * standing at the simulated moment. The instance's heartbeat is written before each pass (the offer
 * watcher does it every 5 s of real time), so that rows do not go stale as virtual hours pass.
 */
public final class DispatcherReplay implements Dispatch {

  private static final String INSTANCE = "replay";

  private final Dispatcher dispatcher;
  private final WaitingLine line;
  private final Presence presence;
  private final AdjustableClock clock;
  private final JdbcTemplate sql;

  /**
   * Plays surge days through both and compares every answer (moment, call, advisor). Arguments:
   * {@code days=20 seed=13}.
   */
  public static void main(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      String[] pair = arg.split("=", 2);
      options.put(pair[0], pair.length > 1 ? pair[1] : "true");
    }
    int days = Integer.parseInt(options.getOrDefault("days", "20"));
    long seed = Long.parseLong(options.getOrDefault("seed", "13"));
    Map<String, List<String>> departments = ShippedSettings.advisors().departments();
    List<Candidate> team = RoutingQuality.team(departments);
    RoutingSettings shipped = ShippedSettings.routing();
    PoolWidening widening =
        new PoolWidening(shipped.widenToDepartmentAfter(), shipped.widenToRegionAfter());
    Workload day = RoutingQuality.busyDay(3).withPatience(Duration.ofMinutes(3));
    try (ConfigurableApplicationContext service =
        BenchService.start(team, "--hotline.advisors.wrap-up=0s")) {
      DispatcherReplay replay = new DispatcherReplay(service);
      Simulation real = new Simulation(team, departments, widening, replay);
      Simulation inMemory = new Simulation(team, departments, widening);
      long started = System.nanoTime();
      int answers = 0;
      int same = 0;
      String firstDifference = null;
      for (int d = 0; d < days; d++) {
        List<String> byDispatcher = new ArrayList<>();
        List<String> byPolicy = new ArrayList<>();
        replay.startDay(team);
        real.run(day, seed * 1_000 + d, 1, byDispatcher::add);
        inMemory.run(day, seed * 1_000 + d, 1, byPolicy::add);
        answers += byDispatcher.size();
        for (int i = 0; i < byDispatcher.size(); i++) {
          String expected = i < byPolicy.size() ? byPolicy.get(i) : "nothing";
          if (byDispatcher.get(i).equals(expected)) {
            same++;
          } else if (firstDifference == null) {
            firstDifference =
                "day " + d + ": dispatcher " + byDispatcher.get(i) + ", in memory " + expected;
          }
        }
      }
      System.out.printf(
          "%d surge days (%s, patience 3 min), widening %d s / %d s: %d answers by the real"
              + " dispatcher on H2, %d identical in memory (moment, call, advisor); first"
              + " difference: %s; %.1f s%n",
          days,
          day.name(),
          shipped.widenToDepartmentAfter().toSeconds(),
          shipped.widenToRegionAfter().toSeconds(),
          answers,
          same,
          firstDifference == null ? "none" : firstDifference,
          (System.nanoTime() - started) / 1e9);
    }
  }

  /** Takes the service's beans and stops its own dispatch loop: passes run only here. */
  public DispatcherReplay(ConfigurableApplicationContext service) {
    service.getBean(DispatchLoop.class).stop();
    this.dispatcher = service.getBean(Dispatcher.class);
    this.line = service.getBean(WaitingLine.class);
    this.presence = service.getBean(Presence.class);
    this.clock = service.getBean(AdjustableClock.class);
    this.sql = service.getBean(JdbcTemplate.class);
  }

  /** An empty line and the whole team logged in, idle since the team says. */
  public void startDay(List<Candidate> team) {
    sql.update("delete from waiting_call");
    sql.update(
        "update advisor_presence set state = 'OFFLINE', current_call = null, current_leg = null,"
            + " after_call = null, consecutive_no_answers = 0, version = version + 1");
    for (Candidate advisor : team) {
      clock.freezeAt(advisor.idleSince());
      presence.logIn(advisor.advisorId(), advisor.idleSince());
    }
  }

  @Override
  public void joined(WaitingCall call, Instant now) {
    clock.freezeAt(now);
    line.join(entryOf(call, INSTANCE), now);
  }

  /** A caller as the waiting line stores them, held by {@code instance}, case number made up. */
  static WaitingEntry entryOf(WaitingCall call, String instance) {
    return WaitingEntry.waiting(
        call.callId(),
        "CP-" + call.callId(),
        call.department(),
        call.arrivedAt(),
        call.previousAdvisor(),
        instance);
  }

  @Override
  public void hungUp(WaitingCall call, Instant now) {
    line.leave(call.callId());
  }

  @Override
  public void ended(String advisorId, String callId, Instant now) {
    clock.freezeAt(now);
    presence.callEnded(advisorId, callId, now);
  }

  @Override
  public Map<String, String> pass(List<WaitingCall> waiting, List<Candidate> team, Instant now) {
    clock.freezeAt(now);
    line.heartbeatOf(INSTANCE, now);
    dispatcher.pass();
    Map<String, String> offers = new LinkedHashMap<>(line.offeredOn(INSTANCE));
    offers.forEach(
        (callId, advisorId) -> {
          presence.callAnswered(advisorId, callId, now);
          line.leave(callId);
        });
    return offers;
  }
}
