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
    Double calls = number(callsPerHour, 0, MAX_CALLS_PER_HOUR, true, "callsPerHour", errors);
    Double minutes =
        number(handlingMinutes, 0, MAX_HANDLING_MINUTES, false, "handlingMinutes", errors);
    Double percent = number(target, 0, 100, false, "target", errors);
    Double seconds = number(threshold, 0, MAX_THRESHOLD_SECONDS, false, "threshold", errors);
    if (!errors.isEmpty()) {
      return null;
    }
    if (percent >= 100) {
      errors.put("target", "supervision.what-if.invalid.target");
      return null;
    }
    return new Figures(
        calls,
        Duration.ofMillis(Math.round(minutes * 60_000)),
        percent / 100,
        Duration.ofMillis(Math.round(seconds * 1000)));
  }

  /** A number in (min, max], or [min, max] when {@code zeroAllowed}; null and an error if not. */
  private static Double number(
      String text,
      double min,
      double max,
      boolean zeroAllowed,
      String field,
      Map<String, String> errors) {
    try {
      double value = new BigDecimal(text.strip().replace(',', '.')).doubleValue();
      boolean aboveMin = zeroAllowed ? value >= min : value > min;
      if (aboveMin && value <= max) {
        return value;
      }
    } catch (NumberFormatException | NullPointerException unreadable) {
      // reported below, like a value out of range
    }
    errors.put(field, "supervision.what-if.invalid." + field);
    return null;
  }
}
