package fr.cci.hotline.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTests {

  @Test
  void theDelayDoublesAfterEachFailureUpToTheCap() {
    Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(1));

    assertThat(IntStream.range(0, 5).mapToObj(i -> backoff.next()))
        .containsExactly(
            Duration.ofMillis(200),
            Duration.ofMillis(400),
            Duration.ofMillis(800),
            Duration.ofSeconds(1),
            Duration.ofSeconds(1));
    assertThat(backoff.failures()).isEqualTo(5);
  }

  @Test
  void aSuccessStartsAgainFromTheInitialDelay() {
    Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(30));
    backoff.next();
    backoff.next();

    backoff.reset();

    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(100));
  }

  @Test
  void aCapBelowTheInitialDelayIsTheInitialDelay() {
    Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1));

    assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aLongOutageNeverOverflowsTheDelay() {
    Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));

    IntStream.range(0, 100).forEach(i -> backoff.next());

    assertThat(backoff.next()).isEqualTo(Duration.ofMinutes(1));
  }
}
