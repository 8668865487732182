package fr.cci.hotline.supervision.staffing;

import fr.cci.hotline.supervision.figures.LiveFigures;
import fr.cci.hotline.supervision.web.Formats;
import fr.cci.hotline.supervision.web.Labels;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staffing page, for supervisors and administrators: the estimate from the last hour, and a
 * what-if form (calls per hour, handling time, target and threshold) giving the advisors needed and
 * what pools around that number would achieve. A field that cannot be used is named next to it.
 */
@Controller
@RequestMapping("/supervision/staffing")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
class StaffingPage {

  /** One pool size and what Erlang C predicts for it. */
  record PoolRow(
      int advisors,
      String probabilityOfWaiting,
      String serviceLevel,
      String averageSpeedOfAnswer,
      boolean chosen) {}

  /** A field of the form: what was typed, and what is wrong with it (or null). */
  record Field(String name, String label, String value, String error) {}

  private final Staffing staffing;
  private final LiveFigures live;
  private final Labels labels;

  StaffingPage(Staffing staffing, LiveFigures live, Labels labels) {
    this.staffing = staffing;
    this.live = live;
    this.labels = labels;
  }

  @GetMapping
  String page(
      @RequestParam(required = false) String callsPerHour,
      @RequestParam(required = false) String handlingMinutes,
      @RequestParam(required = false) String target,
      @RequestParam(required = false) String threshold,
      Model model,
      HttpServletResponse response) {
    Staffing.Estimate estimate = staffing.estimate(live.current());
    Staffing.Prediction now = estimate.prediction();
    WhatIf form =
        callsPerHour == null && handlingMinutes == null && target == null && threshold == null
            ? new WhatIf(
                Formats.decimal(now.callsPerHour(), 1),
                // Never 0: a day of very short calls still makes a figure the form accepts.
                Formats.decimal(Math.max(0.01, now.handlingTime().toMillis() / 60_000.0), 2),
                Formats.decimal(now.target() * 100, 1),
                Long.toString(now.threshold().toSeconds()))
            : new WhatIf(callsPerHour, handlingMinutes, target, threshold);
    Map<String, String> errors = new LinkedHashMap<>();
    WhatIf.Figures figures = form.read(errors);
    model.addAttribute("estimate", estimate);
    model.addAttribute(
        "basis",
        labels.message(
            "supervision.staffing.basis." + estimate.basis().name(), estimate.handledCalls()));
    model.addAttribute("now", view(now));
    model.addAttribute("fields", fields(form, errors));
    if (figures == null) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return "supervision/staffing";
    }
    Staffing.Prediction needed =
        staffing.predict(
            figures.callsPerHour(),
            figures.handlingTime(),
            figures.target(),
            figures.threshold(),
            -1);
    model.addAttribute("result", view(needed));
    model.addAttribute("pools", pools(figures, needed));
    return "supervision/staffing";
  }

  private List<Field> fields(WhatIf form, Map<String, String> errors) {
    return List.of(
        field("callsPerHour", "calls-per-hour", form.callsPerHour(), errors),
        field("handlingMinutes", "handling-minutes", form.handlingMinutes(), errors),
        field("target", "target", form.target(), errors),
        field("threshold", "threshold", form.threshold(), errors));
  }

  private Field field(String name, String label, String value, Map<String, String> errors) {
    String error = errors.get(name);
    return new Field(
        name,
        labels.message("supervision.what-if." + label),
        value,
        error == null ? null : labels.message(error));
  }

  /** A prediction's figures as the page writes them. */
  private static Map<String, String> view(Staffing.Prediction prediction) {
    Map<String, String> view = new LinkedHashMap<>();
    view.put("callsPerHour", Formats.decimal(prediction.callsPerHour(), 1));
    view.put("handlingTime", Formats.stopwatch(prediction.handlingTime()));
    view.put(
        "needed",
        prediction.needed().isPresent()
            ? Integer.toString(prediction.needed().getAsInt())
            : Formats.NONE);
    view.put("advisors", Integer.toString(prediction.advisors()));
    view.put("serviceLevel", Formats.percent(prediction.serviceLevel()));
    view.put("averageSpeedOfAnswer", Formats.stopwatch(prediction.averageSpeedOfAnswer()));
    view.put("probabilityOfWaiting", Formats.percent(prediction.probabilityOfWaiting()));
    return view;
  }

  /** Pools from two below the advisors needed to three above. */
  private List<PoolRow> pools(WhatIf.Figures figures, Staffing.Prediction needed) {
    List<PoolRow> pools = new ArrayList<>();
    if (needed.needed().isEmpty()) {
      return pools;
    }
    int chosen = needed.needed().getAsInt();
    for (int advisors = Math.max(1, chosen - 2); advisors <= chosen + 3; advisors++) {
      Staffing.Prediction pool =
          staffing.predict(
              figures.callsPerHour(),
              figures.handlingTime(),
              figures.target(),
              figures.threshold(),
              advisors);
      pools.add(
          new PoolRow(
              advisors,
              Formats.percent(pool.probabilityOfWaiting()),
              Formats.percent(pool.serviceLevel()),
              Formats.stopwatch(pool.averageSpeedOfAnswer()),
              advisors == chosen));
    }
    return pools;
  }
}
