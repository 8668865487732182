package fr.cci.hotline.cases.records;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Fits event values to the columns, so that an over-long value from a caller's keypad or a
 * sub-microsecond instant can never make an entry impossible to write (it would block the journal
 * behind it).
 */
final class Columns {

  private Columns() {}

  static String fit(String value, int length) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.length() <= length ? trimmed : trimmed.substring(0, length);
  }

  /** Both databases keep microseconds: comparing a stored instant with a finer one would fail. */
  static Instant time(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
  }

  static Integer seconds(Duration duration) {
    if (duration == null) {
      return null;
    }
    long rounded = (Math.max(0, duration.toMillis()) + 500) / 1000;
    return (int) Math.min(rounded, Integer.MAX_VALUE);
  }

  static Integer secondsBetween(Instant from, Instant to) {
    return from == null || to == null ? null : seconds(Duration.between(from, to));
  }

  /** The duration an event measured, or, when it did not, the time between two instants. */
  static Integer seconds(Duration measured, Instant from, Instant to) {
    return measured != null ? seconds(measured) : secondsBetween(from, to);
  }
}
