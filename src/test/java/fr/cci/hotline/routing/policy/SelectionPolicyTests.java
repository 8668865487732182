package fr.cci.hotline.routing.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SelectionPolicyTests {

  private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
  private final SelectionPolicy policy =
      new SelectionPolicy(new PoolWidening(Duration.ofSeconds(30), Duration.ofSeconds(60)));

  @Test
  void theCallersPreviousAdvisorComesFirstWhenFree() {
    WaitingCall call = calvadosCaller(Duration.ZERO, "adv105", Set.of());

    Optional<Candidate> chosen =
        policy.choose(call, List.of(caen("adv101", 600), rouen("adv105", 10)), NOW);

    assertThat(chosen).map(Candidate::advisorId).contains("adv105");
  }

  @Test
  void otherwiseTheHomeChambersLongestIdleAdvisor() {
    WaitingCall call = calvadosCaller(Duration.ZERO, null, Set.of());

    Optional<Candidate> chosen =
        policy.choose(
            call, List.of(caen("adv101", 60), caen("adv102", 600), rouen("adv105", 3600)), NOW);

    assertThat(chosen).map(Candidate::advisorId).contains("adv102");
  }

  @Test
  void aCallerWaitsForTheirOwnChamberDuringTheFirstThirtySeconds() {
    WaitingCall call = calvadosCaller(Duration.ofSeconds(29), null, Set.of());

    assertThat(
            policy.choose(call, List.of(seineEstuaire("adv103", 600), rouen("adv105", 600)), NOW))
        .isEmpty();
  }

  @Test
  void afterThirtySecondsTheOtherChambersOfTheDepartementJoinThePool() {
    WaitingCall call = calvadosCaller(Duration.ofSeconds(30), null, Set.of());

    Optional<Candidate> chosen =
        policy.choose(call, List.of(seineEstuaire("adv103", 60), rouen("adv105", 600)), NOW);

    assertThat(chosen).map(Candidate::advisorId).contains("adv103");
  }

  @Test
  void afterSixtySecondsAllOfNormandyJoinsThePoolButCloserStillComesFirst() {
    WaitingCall call = calvadosCaller(Duration.ofSeconds(60), null, Set.of());

    assertThat(policy.choose(call, List.of(rouen("adv105", 600)), NOW))
        .map(Candidate::advisorId)
        .contains("adv105");
    assertThat(policy.choose(call, List.of(rouen("adv105", 6000), seineEstuaire("adv103", 1)), NOW))
        .map(Candidate::advisorId)
        .contains("adv103");
  }

  @Test
  void aCallerOutsideNormandyGoesToTheRegionalPoolAtOnce() {
    WaitingCall call = new WaitingCall("c1", "75", List.of(), null, Set.of(), NOW);

    assertThat(policy.choose(call, List.of(rouen("adv105", 600)), NOW))
        .map(Candidate::advisorId)
        .contains("adv105");
  }

  @Test
  void advisorsWhoAreBusyPausedOrUnreachableAreNeverChosen() {
    WaitingCall call = calvadosCaller(Duration.ofMinutes(5), null, Set.of());
    Candidate busy =
        new Candidate("adv101", "caen", Set.of("14"), false, true, NOW.minusSeconds(600));
    Candidate unregistered =
        new Candidate("adv102", "caen", Set.of("14"), true, false, NOW.minusSeconds(600));

    assertThat(policy.choose(call, List.of(busy, unregistered), NOW)).isEmpty();
  }

  @Test
  void anAdvisorAlreadyTriedForThisCallIsSkippedWhileOthersAreFree() {
    WaitingCall call = calvadosCaller(Duration.ZERO, null, Set.of("adv102"));

    Optional<Candidate> chosen =
        policy.choose(call, List.of(caen("adv101", 60), caen("adv102", 600)), NOW);

    assertThat(chosen).map(Candidate::advisorId).contains("adv101");
  }

  @Test
  void onceEveryoneInThePoolWasTriedANewRoundStarts() {
    WaitingCall call = calvadosCaller(Duration.ZERO, null, Set.of("adv101"));

    assertThat(policy.choose(call, List.of(caen("adv101", 60)), NOW))
        .map(Candidate::advisorId)
        .contains("adv101");
  }

  private static WaitingCall calvadosCaller(Duration waited, String previous, Set<String> tried) {
    return new WaitingCall(
        "c1", "14", List.of("caen", "seine-estuaire"), previous, tried, NOW.minus(waited));
  }

  private static Candidate caen(String id, long idleSeconds) {
    return new Candidate(id, "caen", Set.of("14"), true, true, NOW.minusSeconds(idleSeconds));
  }

  private static Candidate seineEstuaire(String id, long idleSeconds) {
    return new Candidate(
        id, "seine-estuaire", Set.of("14", "76"), true, true, NOW.minusSeconds(idleSeconds));
  }

  private static Candidate rouen(String id, long idleSeconds) {
    return new Candidate(id, "rouen", Set.of("76"), true, true, NOW.minusSeconds(idleSeconds));
  }
}
