package fr.cci.hotline.telephony.agi;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts live FastAGI sessions and publishes them with the pool's saturation as gauges. */
final class AgiSessions {

  private final AtomicInteger active = new AtomicInteger();
  private final int capacity;

  AgiSessions(MeterRegistry meters, int capacity) {
    this.capacity = capacity;
    Gauge.builder("hotline.agi.sessions", active, AtomicInteger::get)
        .description("FastAGI sessions in progress")
        .register(meters);
    Gauge.builder("hotline.agi.pool.saturation", this, AgiSessions::saturation)
        .description("Share of the FastAGI pool in use (1 = new calls are rejected)")
        .register(meters);
  }

  void opened() {
    active.incrementAndGet();
  }

  void closed() {
    active.decrementAndGet();
  }

  int active() {
    return active.get();
  }

  double saturation() {
    return (double) active.get() / capacity;
  }
}
