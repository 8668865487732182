package fr.cci.hotline.supervision.reports;

import fr.cci.hotline.advisors.AdvisorsSettings;
import fr.cci.hotline.supervision.figures.CallOutcome;
import fr.cci.hotline.supervision.figures.Places;
import fr.cci.hotline.supervision.figures.QueueFigures;
import fr.cci.hotline.supervision.reports.ReportQuery.Grouping;
import fr.cci.hotline.supervision.web.Labels;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * A report's lines in words and numbers, the same for the page and the CSV file; only the
 * formatting of a number differs ({@code 66,7 %} on the page, {@code 66,7} in the file).
 */
@Component
class ReportRows {

  /**
   * One line: the group in words, then the figures formatted by whoever asked.
   *
   * @param key the group's code, for the page's element ids
   */
  record Row(
      String key,
      String label,
      int arrived,
      int offered,
      int answered,
      int abandoned,
      int shortAbandons,
      int callbacks,
      String serviceLevel,
      String averageSpeedOfAnswer,
      String abandonmentRate,
      String averageHandlingTime) {}

  /** How the shares and the durations are written. */
  record Style(Function<OptionalDouble, String> share, Function<OptionalDouble, String> seconds) {}

  private final Labels labels;
  private final Duration wrapUp;

  ReportRows(Labels labels, AdvisorsSettings advisors) {
    this.labels = labels;
    this.wrapUp = advisors.wrapUp();
  }

  Row row(String key, String label, QueueFigures figures, Style style) {
    return new Row(
        key,
        label,
        figures.arrived(),
        figures.offered(),
        figures.answered(),
        figures.abandoned(),
        figures.shortAbandons(),
        figures.callbacks(),
        style.share().apply(figures.serviceLevel()),
        style.seconds().apply(figures.averageSpeedOfAnswer()),
        style.share().apply(figures.abandonmentRate()),
        style.seconds().apply(figures.averageHandlingSeconds(wrapUp)));
  }

  /** A group's value in words: {@code 14 — Calvados}, {@code Trésorerie, PGE}, {@code Répondu}. */
  String label(Grouping by, String key) {
    return switch (by) {
      case DEPARTMENT -> labels.department(key);
      case CHAMBER -> labels.chamber(key);
      case TOPIC -> labels.topic(Places.NONE.equals(key) ? null : key);
      case OUTCOME -> labels.outcome(CallOutcome.valueOf(key));
    };
  }

  /** {@code Département}, {@code Chambre}, {@code Sujet}, {@code Issue}. */
  String grouping(Grouping by) {
    return labels.message("supervision.column." + by.parameter());
  }

  String all() {
    return labels.message("supervision.all");
  }

  String message(String key, Object... arguments) {
    return labels.message(key, arguments);
  }
}
