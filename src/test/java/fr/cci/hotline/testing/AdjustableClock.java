package fr.cci.hotline.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that runs at the real pace from a chosen instant, so that a test can place the service on
 * a given day (a public holiday, a Saturday) while timeouts still elapse; or that stands still
 * until the test moves it, so that measured waits come out exact.
 */
public final class AdjustableClock extends Clock {

  private volatile Duration offset = Duration.ZERO;
  private volatile Instant frozenAt;

  /** From now on, the clock reads {@code instant} and goes on from there. */
  public void setTo(Instant instant) {
    frozenAt = null;
    offset = Duration.between(Instant.now(), instant);
  }

  /** From now on, the clock reads {@code instant} until moved: time stands still. */
  public void freezeAt(Instant instant) {
    frozenAt = instant;
  }

  /** Moves a frozen clock on by {@code duration}. */
  public void advance(Duration duration) {
    Instant frozen = frozenAt;
    if (frozen == null) {
      throw new IllegalStateException("only a frozen clock is moved by hand");
    }
    frozenAt = frozen.plus(duration);
  }

  @Override
  public Instant instant() {
    Instant frozen = frozenAt;
    return frozen != null ? frozen : Instant.now().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    Instant frozen = frozenAt;
    return frozen != null ? Clock.fixed(frozen, zone) : Clock.offset(Clock.system(zone), offset);
  }
}
