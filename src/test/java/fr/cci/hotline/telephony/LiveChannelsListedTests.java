package fr.cci.hotline.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LiveChannelsListedTests {

  private static final Instant ASKED = Instant.parse("2026-11-30T09:00:00Z");

  private final LiveChannelsListed list = new LiveChannelsListed(Set.of("1795760600.1"), ASKED);

  @Test
  void aListedChannelIsUpHoweverLongItWasKnown() {
    assertThat(list.showsEnded("1795760600.1", ASKED.minusSeconds(600))).isFalse();
  }

  @Test
  void anAbsentChannelKnownWellBeforeTheListWasAskedForHasEnded() {
    assertThat(
            list.showsEnded(
                "1795760500.7", ASKED.minus(LiveChannelsListed.SETTLING).minusMillis(1)))
        .isTrue();
    assertThat(list.showsEnded("1795760500.7", null)).as("known since an unknown time").isTrue();
  }

  @Test
  void anAbsentChannelKnownSinceShortlyBeforeOrAfterTheListWasAskedForMayNotBeInItYet() {
    assertThat(list.showsEnded("1795760700.2", ASKED.minus(LiveChannelsListed.SETTLING))).isFalse();
    assertThat(list.showsEnded("1795760700.2", ASKED.plusMillis(300))).isFalse();
  }
}
