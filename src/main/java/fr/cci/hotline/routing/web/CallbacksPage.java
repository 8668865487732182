package fr.cci.hotline.routing.web;

import fr.cci.hotline.routing.RoutingSettings;
import fr.cci.hotline.routing.callback.Callback;
import fr.cci.hotline.routing.callback.CallbackCommands;
import fr.cci.hotline.routing.callback.CallbackLine;
import fr.cci.hotline.routing.callback.CallbackRefused;
import fr.cci.hotline.routing.callback.CallbackState;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The call-backs page: those still to make (and in progress), and those that failed, oldest first,
 * each with a button to call back now and a form to cancel it with a reason. Each button posts a
 * form (with its CSRF token) and comes back to the page with a message; a missing reason is said
 * next to its field.
 */
@Controller
@PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR')")
class CallbacksPage {

  /** One call-back on the page, in French. */
  record Row(
      String caseNumber,
      String state,
      String stateLabel,
      String number,
      String department,
      String reason,
      String requested,
      String attempts,
      String next,
      String lastOutcome,
      boolean canTrigger,
      boolean canCancel) {}

  private final CallbackLine callbacks;
  private final CallbackCommands commands;
  private final CallbackLabels labels;
  private final RoutingSettings settings;
  private final Clock clock;

  CallbacksPage(
      CallbackLine callbacks,
      CallbackCommands commands,
      CallbackLabels labels,
      RoutingSettings settings,
      Clock clock) {
    this.callbacks = callbacks;
    this.commands = commands;
    this.labels = labels;
    this.settings = settings;
    this.clock = clock;
  }

  @GetMapping("/callbacks")
  String page(Model model) {
    List<Row> rows = callbacks.inStates(CallbacksApi.TO_FOLLOW_UP).stream().map(this::row).toList();
    model.addAttribute(
        "toMake", rows.stream().filter(row -> !row.state().equals("failed")).toList());
    model.addAttribute(
        "failed", rows.stream().filter(row -> row.state().equals("failed")).toList());
    return "routing/callbacks";
  }

  @PostMapping("/callbacks/{caseNumber}/trigger")
  String trigger(@PathVariable String caseNumber, Authentication who, RedirectAttributes redirect) {
    try {
      commands.trigger(caseNumber, who.getName());
      redirect.addFlashAttribute("notice", labels.text("callbacks.page.triggered", caseNumber));
    } catch (CallbackRefused refused) {
      redirect.addFlashAttribute("problem", labels.refusal(refused));
    }
    return "redirect:/callbacks";
  }

  @PostMapping("/callbacks/{caseNumber}/cancel")
  String cancel(
      @PathVariable String caseNumber,
      @RequestParam(required = false) String reason,
      Authentication who,
      RedirectAttributes redirect) {
    try {
      commands.cancel(caseNumber, who.getName(), reason);
      redirect.addFlashAttribute("notice", labels.text("callbacks.page.cancelled", caseNumber));
    } catch (CallbackRefused refused) {
      if ("reason".equals(refused.field())) {
        redirect.addFlashAttribute(
            "fieldError",
            Map.of(
                "caseNumber",
                caseNumber,
                "message",
                labels.refusal(refused),
                "reason",
                reason == null ? "" : reason));
      } else {
        redirect.addFlashAttribute("problem", labels.refusal(refused));
      }
    }
    return "redirect:/callbacks";
  }

  private Row row(Callback callback) {
    CallbackState state = callback.state();
    return new Row(
        callback.caseNumber(),
        state.name().toLowerCase(),
        labels.state(state.name()),
        callback.number().presented() ? callback.number().masked() : "—",
        callback.department() == null ? "—" : callback.department(),
        labels.reason(callback.reason().name()),
        labels.when(callback.arrivedAt()),
        callback.attempts() + " / " + settings.callbacks().maxAttempts(),
        state != CallbackState.PENDING
            ? ""
            : callback.dueAt().isAfter(clock.instant())
                ? labels.when(callback.dueAt())
                : labels.text("callbacks.page.asap"),
        labels.outcome(callback.lastOutcome()),
        state == CallbackState.PENDING
            || (state == CallbackState.FAILED && callback.number().presented()),
        state == CallbackState.PENDING
            || state == CallbackState.FAILED
            || state == CallbackState.RINGING);
  }
}
