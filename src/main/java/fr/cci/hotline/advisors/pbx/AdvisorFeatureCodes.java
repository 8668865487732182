package fr.cci.hotline.advisors.pbx;

import fr.cci.hotline.advisors.Advisor;
import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.advisors.directory.AdvisorFormats;
import fr.cci.hotline.advisors.directory.StoredAdvisorDirectory;
import fr.cci.hotline.advisors.presence.PauseReason;
import fr.cci.hotline.advisors.presence.PresenceRow;
import fr.cci.hotline.advisors.presence.PresenceRules;
import fr.cci.hotline.advisors.presence.PresenceTable;
import fr.cci.hotline.advisors.presence.PresenceTransitions;
import fr.cci.hotline.telephony.CallChannel;
import fr.cci.hotline.telephony.CallScript;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The presence feature codes dialled on an advisor's desk phone ({@code *41} log in, {@code *42}
 * log out, {@code *43} pause or resume), which the dialplan hands over as {@code
 * hotline-advisor?code=login|logout|pause}. The advisor is the one whose phone made the call; a
 * short French prompt confirms the result.
 */
@Component
class AdvisorFeatureCodes implements CallScript {

  static final String LOGGED_IN = "hotline/advisor-logged-in";
  static final String LOGGED_OUT = "hotline/advisor-logged-out";
  static final String PAUSED = "hotline/advisor-paused";
  static final String RESUMED = "hotline/advisor-resumed";
  static final String NOT_LOGGED_IN = "hotline/advisor-not-logged-in";
  static final String UNKNOWN = "hotline/advisor-unknown";

  private static final Logger log = LoggerFactory.getLogger(AdvisorFeatureCodes.class);

  private final StoredAdvisorDirectory directory;
  private final PresenceTable table;
  private final PresenceRules rules;
  private final PresenceTransitions transitions;
  private final Clock clock;

  AdvisorFeatureCodes(
      StoredAdvisorDirectory directory,
      PresenceTable table,
      PresenceRules rules,
      PresenceTransitions transitions,
      Clock clock) {
    this.directory = directory;
    this.table = table;
    this.rules = rules;
    this.transitions = transitions;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "hotline-advisor";
  }

  @Override
  public void run(CallChannel call) {
    Optional<Advisor> advisor =
        AdvisorFormats.endpointOf(call.channelName()).flatMap(directory::findByPhone);
    if (advisor.isEmpty()) {
      log.info("Feature code from {}: no active advisor has this phone", call.channelName());
      call.play(UNKNOWN, "");
      return;
    }
    String code = call.parameters().getOrDefault("code", "");
    String prompt = apply(advisor.get().id(), code, clock.instant());
    if (prompt == null) {
      log.warn("Unknown feature code '{}' from {}: check the dialplan", code, call.channelName());
      return;
    }
    call.play(prompt, "");
  }

  /** Applies the code and returns the prompt that confirms it, or null for an unknown code. */
  private String apply(String advisorId, String code, Instant now) {
    switch (code) {
      case "login" -> {
        transitions.apply(advisorId, row -> rules.logIn(row, now));
        return LOGGED_IN;
      }
      case "logout" -> {
        transitions.apply(advisorId, row -> rules.logOut(row, now));
        return LOGGED_OUT;
      }
      case "pause" -> {
        return togglePause(advisorId, now);
      }
      default -> {
        return null;
      }
    }
  }

  private String togglePause(String advisorId, Instant now) {
    PresenceState state = table.find(advisorId).map(PresenceRow::state).orElse(null);
    if (state == null || state == PresenceState.OFFLINE) {
      return NOT_LOGGED_IN;
    }
    if (state == PresenceState.PAUSED) {
      transitions.apply(advisorId, row -> rules.resume(row, now));
      return RESUMED;
    }
    transitions.apply(advisorId, row -> rules.pause(row, PauseReason.OTHER.code(), now));
    return PAUSED;
  }
}
