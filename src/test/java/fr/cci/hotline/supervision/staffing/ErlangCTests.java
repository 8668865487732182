package fr.cci.hotline.supervision.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Erlang C against the figures supervisors know (DOMAIN.md) and the textbook's limits. */
class ErlangCTests {

  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
  private static final Duration ONE_MINUTE = Duration.ofSeconds(60);

  @Test
  void fourCallsAnHourOfTenMinutesWithTwoAdvisorsMakeOneCallerInSixWaitAndAnAsaOf75Seconds() {
    ErlangC pool = new ErlangC(4, TEN_MINUTES);

    assertThat(pool.traffic()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(pool.probabilityOfWaiting(2)).isCloseTo(1.0 / 6, within(1e-9));
    assertThat(pool.averageSpeedOfAnswer(2)).isCloseTo(75.0, within(1e-6));
  }

  @Test
  void twentyCallsAnHourOfTenMinutesWithTenAdvisorsMakeAQuarterOfAPercentWait() {
    ErlangC pool = new ErlangC(20, TEN_MINUTES);

    assertThat(pool.probabilityOfWaiting(10)).isCloseTo(0.0025, within(0.0005));
    assertThat(pool.averageSpeedOfAnswer(10)).isCloseTo(0.2, within(0.05));
  }

  @Test
  void fivePoolsOfTwoMakeFarMoreCallersWaitThanOnePoolOfTen() {
    double perDepartement = new ErlangC(4, TEN_MINUTES).probabilityOfWaiting(2);
    double regional = new ErlangC(20, TEN_MINUTES).probabilityOfWaiting(10);

    assertThat(perDepartement / regional).isGreaterThan(50);
  }

  @Test
  void theServiceLevelDecaysFromTheProbabilityOfWaitingWithTheThreshold() {
    ErlangC pool = new ErlangC(4, TEN_MINUTES);

    assertThat(pool.serviceLevel(2, Duration.ZERO)).isCloseTo(1 - 1.0 / 6, within(1e-9));
    assertThat(pool.serviceLevel(2, ONE_MINUTE))
        .isCloseTo(1 - Math.exp(-(2 - 2.0 / 3) * 60 / 600) / 6, within(1e-9));
    assertThat(pool.serviceLevel(3, ONE_MINUTE)).isGreaterThan(pool.serviceLevel(2, ONE_MINUTE));
  }

  @Test
  void theAdvisorsNeededAreTheFewestWhoMeetTheTarget() {
    ErlangC pool = new ErlangC(20, TEN_MINUTES);

    int needed = pool.advisorsFor(0.8, ONE_MINUTE).orElseThrow();

    assertThat(pool.serviceLevel(needed, ONE_MINUTE)).isGreaterThanOrEqualTo(0.8);
    assertThat(pool.serviceLevel(needed - 1, ONE_MINUTE)).isLessThan(0.8);
    assertThat(needed).isEqualTo(6);
  }

  @Test
  void aPoolNoLargerThanTheTrafficNeverCatchesUp() {
    ErlangC pool = new ErlangC(12, TEN_MINUTES);

    assertThat(pool.traffic()).isEqualTo(2.0);
    assertThat(pool.probabilityOfWaiting(2)).isEqualTo(1.0);
    assertThat(pool.serviceLevel(2, ONE_MINUTE)).isZero();
    assertThat(pool.averageSpeedOfAnswer(2)).isInfinite();
  }

  @Test
  void withoutCallsNobodyWaitsAndNobodyIsNeeded() {
    ErlangC pool = new ErlangC(0, TEN_MINUTES);

    assertThat(pool.probabilityOfWaiting(1)).isZero();
    assertThat(pool.serviceLevel(0, ONE_MINUTE)).isEqualTo(1.0);
    assertThat(pool.advisorsFor(0.8, ONE_MINUTE)).hasValue(0);
  }

  @Test
  void aLargePoolStaysANumber() {
    ErlangC pool = new ErlangC(3000, TEN_MINUTES);

    int needed = pool.advisorsFor(0.8, Duration.ofSeconds(20)).orElseThrow();

    assertThat(needed).isBetween(501, 560);
    assertThat(pool.probabilityOfWaiting(needed)).isBetween(0.0, 1.0);
  }

  @Test
  void aTargetOfEveryCallIsReachedByNoPool() {
    assertThat(new ErlangC(20, TEN_MINUTES).advisorsFor(1.0, ONE_MINUTE)).isEmpty();
  }

  @Test
  void aHandlingTimeOfNothingIsRefused() {
    assertThatThrownBy(() -> new ErlangC(4, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
