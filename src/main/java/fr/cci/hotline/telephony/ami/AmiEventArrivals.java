package fr.cci.hotline.telephony.ami;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Counts the AMI events that reach the service and how late they do, from Asterisk's own Timestamp
 * (manager.conf {@code timestampevents = yes}) to the moment the service handles them: the socket,
 * Asterisk-Java's parsing and its dispatch queue, which drops events past 20,000 waiting. Compare
 * the count with what Asterisk sent to see drops. The delay needs both hosts' clocks in step (NTP);
 * its buckets answer "how many within 50 ms".
 */
@Component
class AmiEventArrivals {

  private final Counter received;
  private final Timer delay;

  AmiEventArrivals(MeterRegistry meters) {
    this.received =
        Counter.builder("hotline.ami.events.received")
            .description("AMI events handed to the service by Asterisk-Java")
            .register(meters);
    this.delay =
        Timer.builder("hotline.ami.event.delay")
            .description(
                "Time from Asterisk's Timestamp on an AMI event to the service handling it")
            .serviceLevelObjectives(
                Duration.ofMillis(1),
                Duration.ofMillis(2),
                Duration.ofMillis(5),
                Duration.ofMillis(10),
                Duration.ofMillis(20),
                Duration.ofMillis(50),
                Duration.ofMillis(100),
                Duration.ofMillis(500),
                Duration.ofSeconds(1),
                Duration.ofSeconds(5))
            .register(meters);
  }

  /** An event arrived at {@code now}; {@code stampedAt} is Asterisk's Timestamp, or null. */
  void arrived(Instant stampedAt, Instant now) {
    received.increment();
    if (stampedAt != null) {
      Duration late = Duration.between(stampedAt, now);
      // A clock a little behind Asterisk's gives a negative delay: counted as none, not lost.
      delay.record(late.isNegative() ? Duration.ZERO : late);
    }
  }
}
