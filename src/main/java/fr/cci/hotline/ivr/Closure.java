package fr.cci.hotline.ivr;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * An exceptional closure, written {@code 2026-12-24} or {@code 2026-12-24/2026-12-31} (both days
 * included).
 */
public record Closure(LocalDate first, LocalDate last) {

  public boolean covers(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }

  /**
   * Parses a closure.
   *
   * @throws IllegalArgumentException with a message that says what is wrong
   */
  public static Closure parse(String text) {
    String[] bounds = text.trim().split("/");
    try {
      LocalDate first = LocalDate.parse(bounds[0].trim());
      LocalDate last = bounds.length == 2 ? LocalDate.parse(bounds[1].trim()) : first;
      if (bounds.length <= 2 && !last.isBefore(first)) {
        return new Closure(first, last);
      }
    } catch (DateTimeParseException notADate) {
      // reported below with the whole text
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a date or a period like 2026-12-24/2026-12-31");
  }
}
