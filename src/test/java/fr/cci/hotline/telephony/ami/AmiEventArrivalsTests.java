package fr.cci.hotline.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.NewStateEvent;
import org.junit.jupiter.api.Test;

/** Every AMI event is counted on arrival, and its delay measured from Asterisk's Timestamp. */
class AmiEventArrivalsTests {

  private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final AmiEventTranslator translator =
      new AmiEventTranslator(
          new PbxEventDispatcher(event -> {}, meters),
          new FallbackQueueCalls(meters),
          new AmiEventArrivals(meters),
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void anEventStampedTwelveMillisecondsAgoIsCountedTwelveMillisecondsLate() {
    NewStateEvent event = new NewStateEvent(this);
    event.setTimestamp(NOW.getEpochSecond() - 0.012);

    translator.onManagerEvent(event);

    assertThat(received()).isEqualTo(1);
    assertThat(delay().count()).isEqualTo(1);
    assertThat(delay().max(TimeUnit.MILLISECONDS)).isBetween(11.9, 12.1);
  }

  @Test
  void anEventWithoutTimestampIsCountedWithoutADelay() {
    translator.onManagerEvent(new HangupEvent(this));

    assertThat(received()).isEqualTo(1);
    assertThat(delay().count()).isZero();
  }

  @Test
  void anEventStampedAheadOfTheServicesClockCountsAsOnTime() {
    HangupEvent event = new HangupEvent(this);
    event.setTimestamp(NOW.getEpochSecond() + 0.003);

    translator.onManagerEvent(event);

    assertThat(delay().count()).isEqualTo(1);
    assertThat(delay().max(TimeUnit.MILLISECONDS)).isZero();
  }

  private double received() {
    return meters.get("hotline.ami.events.received").counter().count();
  }

  private Timer delay() {
    return meters.get("hotline.ami.event.delay").timer();
  }
}
