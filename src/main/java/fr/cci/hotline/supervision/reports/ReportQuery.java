package fr.cci.hotline.supervision.reports;

import fr.cci.hotline.cases.CaseTimes;
import fr.cci.hotline.supervision.figures.CallOutcome;
import fr.cci.hotline.supervision.figures.Places;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * What a supervisor asks a report for: a day or the week (Monday to Sunday) around a date, broken
 * down by département, chamber, topic or outcome. {@link #parse} names each field it cannot read.
 */
record ReportQuery(Period period, LocalDate date, Grouping by) {

  enum Period {
    DAY,
    WEEK
  }

  /** How calls are grouped: each call's key in the group. */
  enum Grouping {
    DEPARTMENT((call, places) -> places.department(call.department())),
    CHAMBER((call, places) -> places.chamber(call.chamber())),
    TOPIC((call, places) -> call.topic() == null ? Places.NONE : call.topic()),
    OUTCOME((call, places) -> CallOutcome.of(call).name());

    private final BiFunction<CaseTimes, Places, String> key;

    Grouping(BiFunction<CaseTimes, Places, String> key) {
      this.key = key;
    }

    String keyOf(CaseTimes call, Places places) {
      return key.apply(call, places);
    }

    String parameter() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The first day of the report. */
  LocalDate from() {
    return period == Period.DAY
        ? date
        : date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The last day of the report, included. */
  LocalDate to() {
    return period == Period.DAY ? date : from().plusDays(6);
  }

  /** The parameters of this query, for links and forms. */
  Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("period", period.name().toLowerCase(Locale.ROOT));
    parameters.put("date", date.toString());
    parameters.put("by", by.parameter());
    return parameters;
  }

  /**
   * Reads the request's fields; a missing field takes its default (today, by day, by département).
   *
   * @param errors receives field → message key for each field that cannot be read
   */
  static ReportQuery parse(
      String period, String date, String by, LocalDate today, Map<String, String> errors) {
    Period readPeriod = read(Period.class, period, Period.DAY, "period", errors);
    Grouping readGrouping = read(Grouping.class, by, Grouping.DEPARTMENT, "by", errors);
    LocalDate readDate = today;
    if (date != null && !date.isBlank()) {
      try {
        readDate = LocalDate.parse(date.strip());
      } catch (DateTimeParseException unreadable) {
        errors.put("date", "supervision.reports.invalid.date");
      }
    }
    return new ReportQuery(readPeriod, readDate, readGrouping);
  }

  private static <E extends Enum<E>> E read(
      Class<E> type, String value, E otherwise, String field, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      errors.put(field, "supervision.reports.invalid." + field);
      return otherwise;
    }
  }
}
