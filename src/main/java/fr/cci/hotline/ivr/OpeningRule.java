package fr.cci.hotline.ivr;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Opening hours for some days of the week, written as {@code MON-FRI 09:00-12:30 13:30-17:30}
 * (French day names work too: {@code LUN-VEN}).
 */
public record OpeningRule(Set<DayOfWeek> days, List<TimeRange> ranges) {

  private static final Map<String, DayOfWeek> DAY_NAMES =
      Map.ofEntries(
          Map.entry("MON", DayOfWeek.MONDAY),
          Map.entry("TUE", DayOfWeek.TUESDAY),
          Map.entry("WED", DayOfWeek.WEDNESDAY),
          Map.entry("THU", DayOfWeek.THURSDAY),
          Map.entry("FRI", DayOfWeek.FRIDAY),
          Map.entry("SAT", DayOfWeek.SATURDAY),
          Map.entry("SUN", DayOfWeek.SUNDAY),
          Map.entry("LUN", DayOfWeek.MONDAY),
          Map.entry("MAR", DayOfWeek.TUESDAY),
          Map.entry("MER", DayOfWeek.WEDNESDAY),
          Map.entry("JEU", DayOfWeek.THURSDAY),
          Map.entry("VEN", DayOfWeek.FRIDAY),
          Map.entry("SAM", DayOfWeek.SATURDAY),
          Map.entry("DIM", DayOfWeek.SUNDAY));

  public OpeningRule {
    days = Set.copyOf(days);
    ranges = List.copyOf(ranges);
  }

  /** A time range within one day, start inclusive, end exclusive. */
  public record TimeRange(LocalTime start, LocalTime end) {
    public boolean contains(LocalTime time) {
      return !time.isBefore(start) && time.isBefore(end);
    }
  }

  public boolean isOpen(LocalDateTime when) {
    return days.contains(when.getDayOfWeek())
        && ranges.stream().anyMatch(range -> range.contains(when.toLocalTime()));
  }

  /**
   * Parses a rule.
   *
   * @throws IllegalArgumentException with a message that says what is wrong
   */
  public static OpeningRule parse(String text) {
    String[] parts = text.trim().split("\\s+");
    if (parts.length < 2) {
      throw new IllegalArgumentException(
          "expected days then time ranges, e.g. 'MON-FRI 09:00-12:30 13:30-17:30'");
    }
    Set<DayOfWeek> days = days(parts[0]);
    List<TimeRange> ranges = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      ranges.add(range(parts[i]));
    }
    return new OpeningRule(days, ranges);
  }

  private static Set<DayOfWeek> days(String text) {
    String[] bounds = text.toUpperCase(Locale.ROOT).split("-");
    if (bounds.length > 2) {
      throw new IllegalArgumentException("'" + text + "' is not a day or a range of days");
    }
    DayOfWeek first = day(bounds[0]);
    DayOfWeek last = bounds.length == 2 ? day(bounds[1]) : first;
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek day = first; ; day = day.plus(1)) {
      days.add(day);
      if (day == last) {
        return days;
      }
    }
  }

  private static DayOfWeek day(String name) {
    DayOfWeek day = DAY_NAMES.get(name);
    if (day == null) {
      throw new IllegalArgumentException("'" + name + "' is not a day (MON..SUN or LUN..DIM)");
    }
    return day;
  }

  private static TimeRange range(String text) {
    String[] bounds = text.split("-");
    try {
      if (bounds.length == 2) {
        LocalTime start = LocalTime.parse(bounds[0]);
        LocalTime end = bounds[1].equals("24:00") ? LocalTime.MAX : LocalTime.parse(bounds[1]);
        if (start.isBefore(end)) {
          return new TimeRange(start, end);
        }
      }
    } catch (DateTimeParseException notATime) {
      // reported below with the whole range
    }
    throw new IllegalArgumentException("'" + text + "' is not a time range like 09:00-12:30");
  }
}
