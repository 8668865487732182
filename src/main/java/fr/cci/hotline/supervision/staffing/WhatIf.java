package fr.cci.hotline.supervision.staffing;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/**
 * A supervisor's "what if": calls per hour, handling time in minutes, the service-level target in
 * percent and its threshold in seconds, as typed in the form (a decimal comma is fine). {@link
 * #read} names each field that is missing or out of range.
 */
record WhatIf(String callsPerHour, String handlingMinutes, String target, String threshold) {

  /** The figures, read. */
  record Figures(double callsPerHour, Duration handlingTime, double target, Duration threshold) {}

  static final double MAX_CALLS_PER_HOUR = 10_000;
  static final double MAX_HANDLING_MINUTES = 240;
  static final double MAX_THRESHOLD_SECONDS = 3600;

  /**
   * @param errors receives field → message key for each field that cannot be used
   * @return the figures, or null when a field cannot be used
   */
  Figures read(Map<String, String> errors) {
    Double calls =
        number(callsPerHour, Range.of(0, true, MAX_CALLS_PER_HOUR), "callsPerHour", errors);
    Double minutes =
        number(
            handlingMinutes, Range.of(0, false, MAX_HANDLING_MINUTES), "handlingMinutes", errors);
    Double percent = number(target, new Range(0, false, 100, false), "target", errors);
    Double seconds =
        number(threshold, Range.of(0, false, MAX_THRESHOLD_SECONDS), "threshold", errors);
    if (!errors.isEmpty()) {
      return null;
    }
    return new Figures(
        calls,
        Duration.ofMillis(Math.round(minutes * 60_000)),
        percent / 100,
        Duration.ofMillis(Math.round(seconds * 1000)));
  }

  /** The values a field accepts, each bound included or not. */
  private record Range(double min, boolean minIncluded, double max, boolean maxIncluded) {

    static Range of(double min, boolean minIncluded, double max) {
      return new Range(min, minIncluded, max, true);
    }

    boolean contains(double value) {
      return (minIncluded ? value >= min : value > min)
          && (maxIncluded ? value <= max : value < max);
    }
  }

  /** The field's number when it is one and in range; else null, and an error for the field. */
  private static Double number(String text, Range range, String field, Map<String, String> errors) {
    try {
      double value = new BigDecimal(text.strip().replace(',', '.')).doubleValue();
      if (range.contains(value)) {
        return value;
      }
    } catch (NumberFormatException | NullPointerException unreadable) {
      // reported below, like a value out of range
    }
    errors.put(field, "supervision.what-if.invalid." + field);
    return null;
  }
}
