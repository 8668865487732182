package fr.cci.hotline.supervision.figures;

import fr.cci.hotline.advisors.AdvisorStatus;
import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.cases.CaseTimes;
import fr.cci.hotline.routing.WaitingCaller;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The state of the hotline at one instant, as the database holds it for every instance: who waits,
 * each advisor's presence, the calls since the start of the day (and within the last hour), the
 * call-backs to make and the calls the fallback queue handled today.
 *
 * @param calls the calls that arrived since the start of the day, or of the last hour if that is
 *     earlier
 * @param fallbackToday calls the fallback queue handled today, by outcome
 */
public record Snapshot(
    Instant at,
    Instant startOfDay,
    List<WaitingCaller> waiting,
    List<AdvisorStatus> advisors,
    List<CaseTimes> calls,
    long callbacksPending,
    Map<String, Integer> fallbackToday) {

  public Snapshot {
    waiting = List.copyOf(waiting);
    advisors = List.copyOf(advisors);
    calls = List.copyOf(calls);
    fallbackToday = Map.copyOf(fallbackToday);
  }

  /** The calls that arrived today. */
  public List<CaseTimes> today() {
    return calls.stream().filter(call -> !call.arrivedAt().isBefore(startOfDay)).toList();
  }

  /** The calls that arrived within {@code period} before now. */
  public List<CaseTimes> within(Duration period) {
    Instant since = at.minus(period);
    return calls.stream().filter(call -> !call.arrivedAt().isBefore(since)).toList();
  }

  /** The longest current wait, zero when nobody waits. */
  public Duration longestWait() {
    return waiting.stream()
        .map(caller -> Duration.between(caller.queuedAt(), at))
        .max(Duration::compareTo)
        .orElse(Duration.ZERO);
  }

  /** Advisors taking calls: logged in and not paused. */
  public long advisorsTakingCalls() {
    return advisors.stream()
        .filter(
            advisor ->
                advisor.state() != PresenceState.OFFLINE && advisor.state() != PresenceState.PAUSED)
        .count();
  }
}
