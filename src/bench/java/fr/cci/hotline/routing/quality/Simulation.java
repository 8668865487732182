package fr.cci.hotline.routing.quality;

import fr.cci.hotline.routing.policy.Candidate;
import fr.cci.hotline.routing.policy.PoolWidening;
import fr.cci.hotline.routing.policy.SelectionPolicy;
import fr.cci.hotline.routing.policy.WaitingCall;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * One team under one workload, on a virtual clock: events (an arrival, the end of a call, a
 * caller's patience running out, a caller's pool widening) are taken in time order, and after each
 * one a dispatch pass gives waiting callers advisors: by default the real {@link SelectionPolicy}
 * applied as the dispatcher applies it ({@link PolicyDispatch}), or any other {@link Dispatch}.
 * Offers are answered at once (no ring time, no missed offer) and the advisors stay logged in all
 * along.
 */
public final class Simulation {

  private static final Instant START = Instant.parse("2026-11-30T09:00:00Z");

  /**
   * The pass for a widening runs this long after it (the dispatch loop's is up to a second late):
   * exactly at it, a rounding of the stored arrival could leave the caller a microsecond short.
   */
  private static final double WIDENING_PASS_LAG = 0.001;

  private final List<Candidate> team;
  private final Map<String, List<String>> departments;
  private final List<String> normandy;
  private final Dispatch dispatch;
  private final double[] widenings;

  /**
   * @param team the advisors (their {@code free} and {@code idleSince} are the run's to change)
   * @param departments département → the chambers serving it, the usual one first
   */
  public Simulation(
      List<Candidate> team, Map<String, List<String>> departments, PoolWidening widening) {
    this(team, departments, widening, new PolicyDispatch(new SelectionPolicy(widening)));
  }

  /**
   * @param widening the widening {@code dispatch} applies: a pass is run when a caller's pool
   *     widens
   */
  public Simulation(
      List<Candidate> team,
      Map<String, List<String>> departments,
      PoolWidening widening,
      Dispatch dispatch) {
    this.team = List.copyOf(team);
    this.departments = Map.copyOf(departments);
    this.normandy = departments.keySet().stream().sorted().toList();
    this.dispatch = dispatch;
    this.widenings =
        new double[] {
          Workload.seconds(widening.toDepartmentAfter()), Workload.seconds(widening.toRegionAfter())
        };
  }

  /** {@code repeats} runs of the workload from an empty line, added up. */
  Tally run(Workload workload, long seed, int repeats) {
    return run(workload, seed, repeats, null);
  }

  /**
   * @param answers receives each answer as {@code <seconds> <call> <advisor>}; null when nobody
   *     reads them (formatting them would double the time of a long run)
   */
  public Tally run(Workload workload, long seed, int repeats, Consumer<String> answers) {
    SplittableRandom random = new SplittableRandom(seed);
    Tally tally = new Tally();
    for (int i = 0; i < repeats; i++) {
      tally.add(new Run(workload, random.split(), answers, "day" + i + "-").play());
    }
    return tally;
  }

  private enum Kind {
    ARRIVAL,
    CALL_ENDED,
    PATIENCE_OVER,
    POOL_WIDENED
  }

  private record Event(double time, long order, Kind kind, Caller caller, int advisor)
      implements Comparable<Event> {

    @Override
    public int compareTo(Event other) {
      int byTime = Double.compare(time, other.time);
      return byTime != 0 ? byTime : Long.compare(order, other.order);
    }
  }

  private static final class Caller {
    final WaitingCall call;
    final double arrival;
    final double handling;
    final boolean counted;
    boolean waiting = true;

    Caller(WaitingCall call, double arrival, double handling, boolean counted) {
      this.call = call;
      this.arrival = arrival;
      this.handling = handling;
      this.counted = counted;
    }
  }

  /** The state of one run. */
  private final class Run {
    private final Workload workload;
    private final SplittableRandom random;
    private final Consumer<String> answers;
    private final String prefix;
    private final PriorityQueue<Event> events = new PriorityQueue<>();
    private final List<Caller> line = new ArrayList<>();
    private final boolean[] busy = new boolean[team.size()];
    private final Instant[] idleSince = new Instant[team.size()];
    private final Tally tally = new Tally();
    private long order;
    private int freeAdvisors = team.size();

    Run(Workload workload, SplittableRandom random, Consumer<String> answers, String prefix) {
      this.workload = workload;
      this.random = random;
      this.answers = answers;
      this.prefix = prefix;
      for (int i = 0; i < team.size(); i++) {
        idleSince[i] = team.get(i).idleSince();
      }
    }

    Tally play() {
      scheduleArrival(0);
      while (!events.isEmpty()) {
        Event event = events.poll();
        switch (event.kind()) {
          case ARRIVAL -> arrive(event.time());
          case CALL_ENDED -> {
            busy[event.advisor()] = false;
            freeAdvisors++;
            idleSince[event.advisor()] = instant(event.time());
            dispatch.ended(
                team.get(event.advisor()).advisorId(),
                event.caller().call.callId(),
                idleSince[event.advisor()]);
          }
          case PATIENCE_OVER -> hangUp(event.caller(), event.time());
          case POOL_WIDENED -> {}
        }
        dispatch(event.time());
      }
      return tally;
    }

    private void arrive(double time) {
      String department = normandy.get(random.nextInt(normandy.size()));
      WaitingCall call =
          new WaitingCall(
              prefix + "call-" + order,
              department,
              departments.get(department),
              null,
              Set.of(),
              instant(time));
      double handling = exponential(Workload.seconds(workload.meanHandling()));
      Caller caller = new Caller(call, time, handling, time >= Workload.seconds(workload.warmUp()));
      line.add(caller);
      dispatch.joined(call, call.arrivedAt());
      if (caller.counted) {
        tally.offered();
      }
      if (workload.meanPatience() != null) {
        double patience = exponential(Workload.seconds(workload.meanPatience()));
        schedule(time + patience, Kind.PATIENCE_OVER, caller, -1);
      }
      for (double widening : widenings) {
        if (widening > 0 && widening < workload.end()) {
          schedule(time + widening + WIDENING_PASS_LAG, Kind.POOL_WIDENED, caller, -1);
        }
      }
      scheduleArrival(time);
    }

    private void hangUp(Caller caller, double time) {
      if (caller.waiting) {
        caller.waiting = false;
        line.remove(caller);
        dispatch.hungUp(caller.call, instant(time));
        if (caller.counted) {
          tally.abandoned(time - caller.arrival);
        }
      }
    }

    /** A dispatch pass; each offer is answered at once. */
    private void dispatch(double time) {
      if (freeAdvisors == 0 || line.isEmpty()) {
        return; // nobody can be offered a call: the pass would find nothing
      }
      Instant now = instant(time);
      List<Candidate> candidates = new ArrayList<>(team.size());
      for (int i = 0; i < team.size(); i++) {
        Candidate member = team.get(i);
        candidates.add(
            new Candidate(
                member.advisorId(),
                member.chamber(),
                member.departments(),
                !busy[i],
                true,
                idleSince[i]));
      }
      Map<String, String> offers =
          dispatch.pass(line.stream().map(caller -> caller.call).toList(), candidates, now);
      line.removeIf(
          caller -> {
            String advisorId = offers.get(caller.call.callId());
            if (advisorId == null) {
              return false;
            }
            answer(caller, indexOf(advisorId), time);
            return true;
          });
    }

    private void answer(Caller caller, int advisor, double time) {
      busy[advisor] = true;
      freeAdvisors--;
      caller.waiting = false;
      Candidate chosen = team.get(advisor);
      if (caller.counted) {
        tally.answered(time - caller.arrival, chosen.chamber().equals(caller.call.homeChamber()));
      }
      if (answers != null) {
        answers.accept(String.format("%.3f %s %s", time, caller.call.callId(), chosen.advisorId()));
      }
      schedule(time + caller.handling, Kind.CALL_ENDED, caller, advisor);
    }

    private void scheduleArrival(double after) {
      double time = after;
      while (time < workload.end()) {
        double rate = workload.ratePerSecond(time);
        double periodEnd = workload.periodEnd(time);
        double next = rate > 0 ? time + exponential(1 / rate) : periodEnd;
        if (next < periodEnd) {
          schedule(next, Kind.ARRIVAL, null, -1);
          return;
        }
        time = periodEnd; // memoryless: draw again at the new rate
      }
    }

    private void schedule(double time, Kind kind, Caller caller, int advisor) {
      events.add(new Event(time, order++, kind, caller, advisor));
    }

    private double exponential(double mean) {
      return -mean * Math.log(1 - random.nextDouble());
    }
  }

  private int indexOf(String advisorId) {
    for (int i = 0; i < team.size(); i++) {
      if (team.get(i).advisorId().equals(advisorId)) {
        return i;
      }
    }
    throw new IllegalStateException("not in the team: " + advisorId);
  }

  /** Whole microseconds, as the databases store instants. */
  private static Instant instant(double seconds) {
    return START.plusNanos(Math.round(seconds * 1e6) * 1000);
  }
}
