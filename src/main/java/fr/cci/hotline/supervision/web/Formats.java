package fr.cci.hotline.supervision.web;

import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Numbers as a French reader writes them: a decimal comma, a space before the percent sign, and
 * durations as on a stopwatch ({@code 4:05}, {@code 1:02:30}). A figure of no call is a dash.
 */
public final class Formats {

  public static final String NONE = "—";

  private Formats() {}

  /** {@code 0.667} → {@code 66,7 %}. */
  public static String percent(OptionalDouble share) {
    return share.isPresent() ? percent(share.getAsDouble()) : NONE;
  }

  public static String percent(double share) {
    if (Double.isNaN(share)) {
      return NONE;
    }
    return decimal(share * 100, 1) + " %";
  }

  /** Seconds as a stopwatch shows them. */
  public static String stopwatch(OptionalDouble seconds) {
    return seconds.isPresent() ? stopwatch(seconds.getAsDouble()) : NONE;
  }

  public static String stopwatch(double seconds) {
    if (Double.isNaN(seconds)) {
      return NONE;
    }
    if (Double.isInfinite(seconds)) {
      return "∞";
    }
    return stopwatch(Duration.ofSeconds(Math.round(seconds)));
  }

  /** {@code 4:05}, {@code 1:02:30}; the wallboard's script ticks in the same format. */
  public static String stopwatch(Duration duration) {
    long seconds = Math.max(0, duration.toSeconds());
    long hours = seconds / 3600;
    long minutes = seconds % 3600 / 60;
    long rest = seconds % 60;
    return hours > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
        : String.format(Locale.ROOT, "%d:%02d", minutes, rest);
  }

  /** {@code 12.5} → {@code 12,5} with {@code digits} decimals at most. */
  public static String decimal(double value, int digits) {
    NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
    format.setMaximumFractionDigits(digits);
    format.setMinimumFractionDigits(0);
    format.setGroupingUsed(false);
    return format.format(value);
  }
}
