package fr.cci.hotline.routing.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EligibilityRulesTests {

  private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
  private static final PoolWidening WIDENING =
      new PoolWidening(Duration.ofSeconds(30), Duration.ofSeconds(60));

  @Test
  void aFreeAdvisorIsFreeAndABusyOneIsNot() {
    assertThat(EligibilityRules.isFree(advisor("caen", true, true))).isTrue();
    assertThat(EligibilityRules.isFree(advisor("caen", false, true))).isFalse();
  }

  @Test
  void anUnreachablePhoneCannotRing() {
    assertThat(EligibilityRules.canRing(advisor("caen", true, false))).isFalse();
    assertThat(EligibilityRules.canRing(advisor("caen", true, true))).isTrue();
  }

  @Test
  void anAdvisorTriedForThisCallIsNotYetTriedOnlyForOtherCalls() {
    Candidate adv = advisor("caen", true, true);

    assertThat(EligibilityRules.notYetTried(adv, call(Duration.ZERO, Set.of("adv1")))).isFalse();
    assertThat(EligibilityRules.notYetTried(adv, call(Duration.ZERO, Set.of("adv9")))).isTrue();
  }

  @Test
  void thePoolIsTheHomeChamberThenTheDepartementThenTheRegion() {
    Candidate home = advisor("caen", true, true);
    Candidate department = advisor("seine-estuaire", true, true);
    Candidate region = advisor("ouest-normandie", true, true);

    assertThat(EligibilityRules.withinPool(home, call(Duration.ZERO, Set.of()), WIDENING, NOW))
        .isTrue();
    assertThat(
            EligibilityRules.withinPool(
                department, call(Duration.ofSeconds(10), Set.of()), WIDENING, NOW))
        .isFalse();
    assertThat(
            EligibilityRules.withinPool(
                department, call(Duration.ofSeconds(31), Set.of()), WIDENING, NOW))
        .isTrue();
    assertThat(
            EligibilityRules.withinPool(
                region, call(Duration.ofSeconds(59), Set.of()), WIDENING, NOW))
        .isFalse();
    assertThat(
            EligibilityRules.withinPool(
                region, call(Duration.ofSeconds(60), Set.of()), WIDENING, NOW))
        .isTrue();
  }

  @Test
  void anAdvisorServingTheDepartementCountsAsTheDepartementsTier() {
    Candidate servesCalvados = new Candidate("adv7", "normandie", Set.of("14"), true, true, NOW);

    assertThat(Tier.of(servesCalvados, call(Duration.ZERO, Set.of()))).isEqualTo(Tier.DEPARTMENT);
  }

  private static Candidate advisor(String chamber, boolean free, boolean reachable) {
    return new Candidate("adv1", chamber, Set.of(), free, reachable, NOW);
  }

  private static WaitingCall call(Duration waited, Set<String> tried) {
    return new WaitingCall(
        "c", "14", List.of("caen", "seine-estuaire"), null, tried, NOW.minus(waited));
  }
}
