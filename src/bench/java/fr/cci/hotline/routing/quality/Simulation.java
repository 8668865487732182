package fr.cci.hotline.routing.quality;

import fr.cci.hotline.routing.policy.Candidate;
import fr.cci.hotline.routing.policy.PoolWidening;
import fr.cci.hotline.routing.policy.SelectionPolicy;
import fr.cci.hotline.routing.policy.WaitingCall;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One team under one workload, on a virtual clock: events (an arrival, the end of a call, a
 * caller's patience running out, a caller's pool widening) are taken in time order, and after each
 * one a dispatch pass gives the waiting callers, in arrival order, to the advisor the real {@link
 * SelectionPolicy} chooses among the team, the chosen advisor leaving the candidates, as the
 * dispatcher does in its pass. Offers are answered at once (no ring time, no missed offer) and the
 * advisors stay logged in all along.
 */
final class Simulation {

  private static final Instant START = Instant.parse("2026-11-30T09:00:00Z");

  private final List<Candidate> team;
  private final Map<String, List<String>> departments;
  private final List<String> normandy;
  private final SelectionPolicy policy;
  private final double[] widenings;

  /**
   * @param team the advisors (their {@code free} and {@code idleSince} are the run's to change)
   * @param departments département → the chambers serving it, the usual one first
   */
  Simulation(List<Candidate> team, Map<String, List<String>> departments, PoolWidening widening) {
    this.team = List.copyOf(team);
    this.departments = Map.copyOf(departments);
    this.normandy = departments.keySet().stream().sorted().toList();
    this.policy = new SelectionPolicy(widening);
    this.widenings =
        new double[] {
          Workload.seconds(widening.toDepartmentAfter()), Workload.seconds(widening.toRegionAfter())
        };
  }

  /** {@code repeats} runs of the workload from an empty line, added up. */
  Tally run(Workload workload, long seed, int repeats) {
    SplittableRandom random = new SplittableRandom(seed);
    Tally tally = new Tally();
    for (int i = 0; i < repeats; i++) {
      tally.add(new Run(workload, random.split()).play());
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
    private final PriorityQueue<Event> events = new PriorityQueue<>();
    private final List<Caller> line = new ArrayList<>();
    private final boolean[] busy = new boolean[team.size()];
    private final Instant[] idleSince = new Instant[team.size()];
    private final Tally tally = new Tally();
    private long order;
    private int freeAdvisors = team.size();

    Run(Workload workload, SplittableRandom random) {
      this.workload = workload;
      this.random = random;
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
              "call-" + order,
              department,
              departments.get(department),
              null,
              Set.of(),
              instant(time));
      double handling = exponential(Workload.seconds(workload.meanHandling()));
      Caller caller = new Caller(call, time, handling, time >= Workload.seconds(workload.warmUp()));
      line.add(caller);
      if (caller.counted) {
        tally.offered();
      }
      if (workload.meanPatience() != null) {
        double patience = exponential(Workload.seconds(workload.meanPatience()));
        schedule(time + patience, Kind.PATIENCE_OVER, caller, -1);
      }
      for (double widening : widenings) {
        if (widening > 0 && widening < workload.end()) {
          schedule(time + widening, Kind.POOL_WIDENED, caller, -1);
        }
      }
      scheduleArrival(time);
    }

    private void hangUp(Caller caller, double time) {
      if (caller.waiting) {
        caller.waiting = false;
        line.remove(caller);
        if (caller.counted) {
          tally.abandoned(time - caller.arrival);
        }
      }
    }

    /** The dispatcher's pass: callers in arrival order, each given the policy's choice. */
    private void dispatch(double time) {
      if (freeAdvisors == 0 || line.isEmpty()) {
        return; // the policy could choose nobody
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
      for (Iterator<Caller> waiting = line.iterator(); waiting.hasNext() && freeAdvisors > 0; ) {
        Caller caller = waiting.next();
        Optional<Candidate> chosen = policy.choose(caller.call, candidates, now);
        if (chosen.isEmpty()) {
          continue;
        }
        candidates.remove(chosen.get());
        int advisor = indexOf(chosen.get().advisorId());
        busy[advisor] = true;
        freeAdvisors--;
        waiting.remove();
        caller.waiting = false;
        if (caller.counted) {
          tally.answered(
              time - caller.arrival, chosen.get().chamber().equals(caller.call.homeChamber()));
        }
        schedule(time + caller.handling, Kind.CALL_ENDED, caller, advisor);
      }
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

  private static Instant instant(double seconds) {
    return START.plusNanos(Math.round(seconds * 1e9));
  }
}
