package fr.cci.hotline.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that runs at the real pace from a chosen instant, so that a test can place the service on
 * a given day (a public holiday, a Saturday) while timeouts still elapse.
 */
public final class AdjustableClock extends Clock {

  private volatile Duration offset = Duration.ZERO;

  /** From now on, the clock reads {@code instant} and goes on from there. */
  public void setTo(Instant instant) {
    offset = Duration.between(Instant.now(), instant);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(Clock.system(zone), offset);
  }
}
