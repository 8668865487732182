package fr.cci.hotline.supervision.reports;

import fr.cci.hotline.cases.CaseHistory;
import fr.cci.hotline.cases.CaseTimes;
import fr.cci.hotline.supervision.SupervisionSettings;
import fr.cci.hotline.supervision.figures.CallOutcome;
import fr.cci.hotline.supervision.figures.FallbackCalls;
import fr.cci.hotline.supervision.figures.LiveFigures;
import fr.cci.hotline.supervision.figures.Places;
import fr.cci.hotline.supervision.figures.QueueFigures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** Computes reports from the case records, so that they survive restarts and agree everywhere. */
@Component
class Reports {

  /** One group of calls and its figures; {@code key} is the group's value (a code). */
  record Line(String key, QueueFigures figures) {}

  /**
   * A computed report.
   *
   * @param fallback calls the fallback queue handled in the period, by outcome: counted apart
   */
  record Report(
      ReportQuery query,
      List<Line> lines,
      QueueFigures total,
      HourlyChart chart,
      Map<String, Integer> fallback) {}

  private final CaseHistory history;
  private final FallbackCalls fallback;
  private final Places places;
  private final SupervisionSettings settings;
  private final ZoneId zone;

  Reports(
      CaseHistory history,
      FallbackCalls fallback,
      Places places,
      SupervisionSettings settings,
      LiveFigures live) {
    this.history = history;
    this.fallback = fallback;
    this.places = places;
    this.settings = settings;
    this.zone = live.zone();
  }

  Report of(ReportQuery query) {
    Instant from = startOf(query.from());
    Instant to = startOf(query.to().plusDays(1));
    List<CaseTimes> calls = history.arrivedBetween(from, to);
    Map<String, List<CaseTimes>> groups = new TreeMap<>();
    for (CaseTimes call : calls) {
      groups.computeIfAbsent(query.by().keyOf(call, places), key -> new ArrayList<>()).add(call);
    }
    List<Line> lines = new ArrayList<>();
    for (String key : ordered(query.by(), groups)) {
      lines.add(new Line(key, QueueFigures.of(groups.get(key), settings.serviceLevelThreshold())));
    }
    return new Report(
        query,
        lines,
        QueueFigures.of(calls, settings.serviceLevelThreshold()),
        HourlyChart.of(calls, zone),
        fallback.between(from, to));
  }

  ZoneId zone() {
    return zone;
  }

  /** Départements and outcomes in their natural order, the rest alphabetically. */
  private List<String> ordered(ReportQuery.Grouping by, Map<String, List<CaseTimes>> groups) {
    List<String> order = new ArrayList<>();
    if (by == ReportQuery.Grouping.DEPARTMENT) {
      order.addAll(places.departments());
    } else if (by == ReportQuery.Grouping.OUTCOME) {
      for (CallOutcome outcome : CallOutcome.values()) {
        order.add(outcome.name());
      }
    }
    Map<String, Boolean> keys = new LinkedHashMap<>();
    order.stream().filter(groups::containsKey).forEach(key -> keys.put(key, true));
    groups.keySet().forEach(key -> keys.putIfAbsent(key, true));
    return new ArrayList<>(keys.keySet());
  }

  private Instant startOf(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
  }
}
