package fr.cci.hotline.bench;

import fr.cci.hotline.routing.policy.Candidate;
import fr.cci.hotline.routing.policy.WaitingCall;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A busy moment for the decision benchmarks: advisors spread evenly over the chambers that serve
 * Normandy, some of them free, and callers of every département who have waited up to two minutes
 * (so that each tier of the widening is in the line), all drawn from a fixed seed.
 *
 * @param advisors the advisors as the policy sees them, {@code free} of them free
 * @param calls the waiting callers in arrival order
 * @param now the moment of the decision
 */
public record BusyLine(List<Candidate> advisors, List<WaitingCall> calls, Instant now) {

  private static final Duration LONGEST_WAIT = Duration.ofMinutes(2);

  /**
   * @param departments département → the chambers serving it, the usual one first
   */
  public static BusyLine of(
      int advisorCount, int callCount, int free, Map<String, List<String>> departments) {
    Random random = new Random(13);
    Instant now = Instant.parse("2026-11-30T10:00:00Z");
    List<String> chambers =
        departments.values().stream().flatMap(List::stream).distinct().sorted().toList();
    List<Integer> freeOnes = new ArrayList<>();
    for (int i = 0; i < advisorCount; i++) {
      freeOnes.add(i);
    }
    Collections.shuffle(freeOnes, random);
    Set<Integer> freeSet = Set.copyOf(freeOnes.subList(0, free));
    List<Candidate> advisors = new ArrayList<>();
    for (int i = 0; i < advisorCount; i++) {
      String chamber = chambers.get(i % chambers.size());
      advisors.add(
          new Candidate(
              String.format("adv%03d", i),
              chamber,
              servedBy(chamber, departments),
              freeSet.contains(i),
              true,
              now.minusSeconds(random.nextInt(3600))));
    }
    List<String> normandy = departments.keySet().stream().sorted().toList();
    List<WaitingCall> calls = new ArrayList<>();
    for (int i = 0; i < callCount; i++) {
      String department = normandy.get(random.nextInt(normandy.size()));
      calls.add(
          new WaitingCall(
              String.format("call%04d", i),
              department,
              departments.get(department),
              null,
              Set.of(),
              now.minusMillis(random.nextInt((int) LONGEST_WAIT.toMillis()))));
    }
    calls.sort((a, b) -> a.arrivedAt().compareTo(b.arrivedAt()));
    return new BusyLine(List.copyOf(advisors), List.copyOf(calls), now);
  }

  private static Set<String> servedBy(String chamber, Map<String, List<String>> departments) {
    Set<String> served = new TreeSet<>();
    departments.forEach(
        (department, chambers) -> {
          if (chambers.contains(chamber)) {
            served.add(department);
          }
        });
    return served;
  }
}
