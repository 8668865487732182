package fr.cci.hotline.workspace.desk;

import fr.cci.hotline.advisors.AdvisorDirectory;
import fr.cci.hotline.advisors.AdvisorStatus;
import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.cases.CaseRecords;
import fr.cci.hotline.cases.Viewer;
import fr.cci.hotline.cases.Viewers;
import fr.cci.hotline.ivr.IvrSettings;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Mon poste », an advisor's workspace: their presence with its buttons, the case of the call in
 * progress (pushed by server-sent events when the phone rings, kept through the call and the
 * wrap-up, and shown again after a reload), and the follow-ups due today.
 */
@Controller
class DeskPage {

  /** What the presence buttons ask. */
  enum Action {
    LOGIN,
    PAUSE,
    RESUME,
    READY,
    LOGOUT
  }

  private final Viewers viewers;
  private final AdvisorDirectory advisors;
  private final Presence presence;
  private final CaseRecords records;
  private final CaseCards cards;
  private final DeskStreams streams;
  private final IvrSettings hotline;
  private final Clock clock;

  DeskPage(
      Viewers viewers,
      AdvisorDirectory advisors,
      Presence presence,
      CaseRecords records,
      CaseCards cards,
      DeskStreams streams,
      IvrSettings hotline,
      Clock clock) {
    this.viewers = viewers;
    this.advisors = advisors;
    this.presence = presence;
    this.records = records;
    this.cards = cards;
    this.streams = streams;
    this.hotline = hotline;
    this.clock = clock;
  }

  @GetMapping("/poste")
  String page(Authentication who, HttpServletRequest request, Model model) {
    Viewer viewer = viewers.of(who, request);
    model.addAttribute("viewer", viewer);
    if (viewer.advisorId() == null) {
      return DeskFragments.TEMPLATE;
    }
    model.addAttribute("advisor", advisors.find(viewer.advisorId()).orElseThrow());
    model.addAttribute("chamberName", cards.chamberName(viewer.chamber()));
    Optional<AdvisorStatus> status = presence.status(viewer.advisorId());
    model.addAttribute("status", status.orElse(null));
    model.addAttribute("reasons", presence.pauseReasons());
    records
        .currentCaseOf(viewer.advisorId())
        .ifPresent(details -> model.addAttribute("current", cards.card(details, null)));
    LocalDate today = LocalDate.now(clock.withZone(hotline.timeZone()));
    model.addAttribute("today", today);
    model.addAttribute("followUps", records.followUpsDue(viewer.advisorId(), today));
    return DeskFragments.TEMPLATE;
  }

  @GetMapping(path = "/poste/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter events(Authentication who, HttpServletRequest request) {
    Viewer viewer = viewers.of(who, request);
    if (viewer.advisorId() == null) {
      SseEmitter none = new SseEmitter(0L);
      none.complete();
      return none;
    }
    return streams.open(viewer);
  }

  @PostMapping("/poste/presence")
  String presence(
      @RequestParam Action action,
      @RequestParam(required = false) String reason,
      Authentication who,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    Viewer viewer = viewers.of(who, request);
    String advisorId = viewer.advisorId();
    if (advisorId == null) {
      return "redirect:/poste";
    }
    Instant now = clock.instant();
    switch (action) {
      case LOGIN -> presence.logIn(advisorId, now);
      case PAUSE -> {
        if (reason == null || !presence.pauseReasons().contains(reason)) {
          redirect.addFlashAttribute("problem", "workspace.presence.reason");
          return "redirect:/poste";
        }
        presence.pause(advisorId, reason, now);
      }
      case RESUME -> presence.resume(advisorId, now);
      case READY -> presence.ready(advisorId, now);
      case LOGOUT -> presence.logOut(advisorId, now);
    }
    PresenceState state = presence.status(advisorId).map(AdvisorStatus::state).orElse(null);
    redirect.addFlashAttribute("notice", "advisors.state." + state);
    return "redirect:/poste";
  }
}
