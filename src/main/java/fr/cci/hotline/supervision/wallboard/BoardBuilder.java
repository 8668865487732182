package fr.cci.hotline.supervision.wallboard;

import fr.cci.hotline.advisors.AdvisorStatus;
import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.cases.CaseTimes;
import fr.cci.hotline.routing.WaitingCaller;
import fr.cci.hotline.supervision.SupervisionSettings;
import fr.cci.hotline.supervision.figures.Places;
import fr.cci.hotline.supervision.figures.QueueFigures;
import fr.cci.hotline.supervision.figures.Snapshot;
import fr.cci.hotline.supervision.staffing.Staffing;
import fr.cci.hotline.supervision.web.Formats;
import fr.cci.hotline.supervision.web.Labels;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns a snapshot of the hotline into the wallboard's {@link Board}. */
@Component
class BoardBuilder {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final Places places;
  private final Labels labels;
  private final Staffing staffing;
  private final SupervisionSettings settings;

  BoardBuilder(Places places, Labels labels, Staffing staffing, SupervisionSettings settings) {
    this.places = places;
    this.labels = labels;
    this.staffing = staffing;
    this.settings = settings;
  }

  Board build(Snapshot now, ZoneId zone) {
    List<CaseTimes> today = now.today();
    Duration longest = now.longestWait();
    return new Board(
        LocalTime.ofInstant(now.at(), zone).format(TIME),
        new Board.Waiting(
            now.waiting().size(),
            Formats.stopwatch(longest),
            longest.toSeconds(),
            settings.longestWaitWarning().toSeconds()),
        waitingByDepartment(now),
        advisors(now),
        states(now),
        figures(
            today,
            places.departments(),
            call -> places.department(call.department()),
            labels::department,
            true),
        figures(
            today, chambers(today), call -> places.chamber(call.chamber()), labels::chamber, false),
        figure("all", labels.message("supervision.all"), today),
        staffing(now),
        now.callbacksPending(),
        now.fallbackToday().values().stream().mapToInt(Integer::intValue).sum());
  }

  private List<Board.WaitingRow> waitingByDepartment(Snapshot now) {
    Map<String, List<WaitingCaller>> byDepartment =
        now.waiting().stream()
            .collect(Collectors.groupingBy(caller -> places.department(caller.department())));
    List<Board.WaitingRow> rows = new ArrayList<>();
    for (String department : places.departments()) {
      List<WaitingCaller> callers = byDepartment.getOrDefault(department, List.of());
      if (callers.isEmpty() && !isNormandy(department)) {
        continue;
      }
      Duration longest =
          callers.stream()
              .map(caller -> Duration.between(caller.queuedAt(), now.at()))
              .max(Duration::compareTo)
              .orElse(Duration.ZERO);
      rows.add(
          new Board.WaitingRow(
              department,
              labels.department(department),
              callers.size(),
              callers.isEmpty() ? Formats.NONE : Formats.stopwatch(longest),
              callers.isEmpty() ? -1 : longest.toSeconds()));
    }
    return rows;
  }

  /** Taking calls first, in the order of the states, then by name. */
  private List<Board.AdvisorRow> advisors(Snapshot now) {
    return now.advisors().stream()
        .sorted(
            Comparator.comparing((AdvisorStatus status) -> status.state().ordinal() == 0)
                .thenComparing(status -> status.state().ordinal())
                .thenComparing(status -> status.advisor().name()))
        .map(
            status -> {
              Duration inState = Duration.between(status.since(), now.at());
              return new Board.AdvisorRow(
                  status.advisor().id(),
                  status.advisor().name(),
                  labels.chamber(status.advisor().chamber()),
                  css(status.state()),
                  labels.state(status.state(), status.pauseReason()),
                  Formats.stopwatch(inState),
                  inState.toSeconds());
            })
        .toList();
  }

  private List<Board.StateCount> states(Snapshot now) {
    Map<PresenceState, Long> counts =
        now.advisors().stream()
            .collect(Collectors.groupingBy(AdvisorStatus::state, Collectors.counting()));
    List<Board.StateCount> states = new ArrayList<>();
    List<PresenceState> order = new ArrayList<>(List.of(PresenceState.values()));
    order.remove(PresenceState.OFFLINE);
    order.add(PresenceState.OFFLINE); // those not logged in last, as in the table
    for (PresenceState state : order) {
      states.add(
          new Board.StateCount(
              css(state), labels.state(state, null), counts.getOrDefault(state, 0L)));
    }
    return states;
  }

  /**
   * Today's figures for each key; {@code always} keeps Normandy's rows even without calls, the
   * others show only when they have some.
   */
  private List<Board.FigureRow> figures(
      List<CaseTimes> today,
      List<String> keys,
      Function<CaseTimes, String> keyOf,
      Function<String, String> label,
      boolean always) {
    Map<String, List<CaseTimes>> groups = today.stream().collect(Collectors.groupingBy(keyOf));
    List<Board.FigureRow> rows = new ArrayList<>();
    for (String key : keys) {
      List<CaseTimes> calls = groups.getOrDefault(key, List.of());
      if (calls.isEmpty() && !(always && isNormandy(key))) {
        continue;
      }
      rows.add(figure(key, label.apply(key), calls));
    }
    return rows;
  }

  private Board.FigureRow figure(String key, String label, List<CaseTimes> calls) {
    QueueFigures figures = QueueFigures.of(calls, settings.serviceLevelThreshold());
    return new Board.FigureRow(
        key,
        label,
        figures.offered(),
        figures.answered(),
        figures.abandoned(),
        figures.callbacks(),
        Formats.percent(figures.serviceLevel()),
        Formats.stopwatch(figures.averageSpeedOfAnswer()),
        Formats.percent(figures.abandonmentRate()),
        figures.serviceLevel().isPresent()
            && figures.serviceLevel().getAsDouble() < settings.serviceLevelTarget());
  }

  private Board.StaffingView staffing(Snapshot now) {
    Staffing.Estimate estimate = staffing.estimate(now);
    Staffing.Prediction prediction = estimate.prediction();
    String needed =
        prediction.needed().isPresent()
            ? Integer.toString(prediction.needed().getAsInt())
            : Formats.NONE;
    return new Board.StaffingView(
        Formats.decimal(prediction.callsPerHour(), 1),
        Formats.stopwatch(prediction.handlingTime()),
        labels.message(
            "supervision.staffing.basis." + estimate.basis().name(), estimate.handledCalls()),
        needed,
        prediction.advisors(),
        prediction.needed().isPresent() && prediction.advisors() < prediction.needed().getAsInt(),
        Formats.percent(prediction.serviceLevel()),
        Formats.stopwatch(prediction.averageSpeedOfAnswer()));
  }

  /** The chambers of the settings, then those only found in the cases (none). */
  private List<String> chambers(List<CaseTimes> today) {
    List<String> chambers = new ArrayList<>(places.chamberCodes());
    today.stream()
        .map(call -> places.chamber(call.chamber()))
        .filter(chamber -> !chambers.contains(chamber))
        .distinct()
        .forEach(chambers::add);
    return chambers;
  }

  private boolean isNormandy(String department) {
    return !Places.OTHER.equals(department) && !Places.NONE.equals(department);
  }

  static String css(PresenceState state) {
    return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
