package fr.cci.hotline.cases.journal;

import java.time.Duration;

/** JDBC and transaction time-outs count whole seconds: round up, never to zero (no limit). */
public final class Timeouts {

  private Timeouts() {}

  public static int seconds(Duration timeout) {
    long millis = Math.max(1, timeout.toMillis());
    return (int) Math.min(Integer.MAX_VALUE, (millis + 999) / 1000);
  }
}
