package fr.cci.hotline.advisors.web;

import fr.cci.hotline.advisors.Chambers;
import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.advisors.directory.RequestRefused;
import fr.cci.hotline.advisors.presence.PauseReason;
import fr.cci.hotline.advisors.presence.PresenceRow;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The presence page: an advisor logs in, pauses, resumes and logs out; supervisors and
 * administrators see the whole team with the same buttons. Each button posts a form (with its CSRF
 * token) and comes back to the page with a message.
 */
@Controller
class PresencePage {

  /**
   * One advisor on the page, in French, with the buttons that make sense now; {@code pending} is
   * what was asked during the call (the buttons then cancel it).
   */
  record Card(
      String advisorId,
      String name,
      String chamber,
      String state,
      String label,
      String since,
      String afterCall,
      PresenceState pending,
      boolean canLogIn,
      boolean canPause,
      boolean canResume,
      boolean canLogOut) {}

  /** A reason the pause menu offers. */
  record Reason(String code, String label) {}

  private final PresenceCommands commands;
  private final PresenceLabels labels;
  private final Chambers chambers;
  private final Clock clock;

  PresencePage(PresenceCommands commands, PresenceLabels labels, Chambers chambers, Clock clock) {
    this.commands = commands;
    this.labels = labels;
    this.chambers = chambers;
    this.clock = clock;
  }

  @GetMapping("/presence")
  String page(Authentication who, Model model) {
    Instant now = clock.instant();
    model.addAttribute("team", PresenceCommands.leadsTheTeam(who));
    model.addAttribute(
        "cards", commands.visibleTo(who).stream().map(row -> card(row, now)).toList());
    model.addAttribute(
        "reasons",
        PauseReason.selectable().stream()
            .map(reason -> new Reason(reason.code(), labels.reason(reason.code())))
            .toList());
    return "advisors/presence";
  }

  @PostMapping("/presence/{advisorId}")
  String change(
      @PathVariable String advisorId,
      @RequestParam PresenceAction action,
      @RequestParam(required = false) String reason,
      Authentication who,
      RedirectAttributes redirect) {
    try {
      PresenceCommands.Outcome outcome = commands.apply(who, advisorId, action, reason);
      PresenceRow presence = outcome.presence();
      String message =
          outcome.deferred()
              ? labels.message(
                  "advisors.page.deferred",
                  presence.advisor().name(),
                  labels.afterCall(presence.call().afterCall()))
              : labels.message(
                  "advisors.page.done",
                  presence.advisor().name(),
                  labels.state(presence.state(), presence.status().pauseReason()));
      redirect.addFlashAttribute("notice", message);
    } catch (RequestRefused refused) {
      redirect.addFlashAttribute(
          "problem", labels.message(refused.messageKey(), refused.arguments()));
    }
    return "redirect:/presence";
  }

  private Card card(PresenceRow row, Instant now) {
    PresenceState state = row.state();
    PresenceState afterCall = row.call().afterCall();
    boolean loggedIn = state != PresenceState.OFFLINE;
    boolean pendingLogOut = afterCall == PresenceState.OFFLINE;
    boolean pendingPause = afterCall == PresenceState.PAUSED;
    PresenceRow.Identity advisor = row.advisor();
    return new Card(
        advisor.id(),
        advisor.name(),
        chambers.names().getOrDefault(advisor.chamber(), advisor.chamber()),
        state.name().toLowerCase().replace('_', '-'),
        labels.state(state, state == PresenceState.PAUSED ? row.status().pauseReason() : null),
        labels.since(row.status().since(), now),
        labels.afterCall(afterCall),
        afterCall,
        !loggedIn || pendingLogOut,
        loggedIn && state != PresenceState.PAUSED && !pendingPause,
        state == PresenceState.PAUSED || pendingPause,
        loggedIn && !pendingLogOut);
  }
}
