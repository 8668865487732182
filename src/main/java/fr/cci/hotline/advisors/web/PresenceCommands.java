package fr.cci.hotline.advisors.web;

import fr.cci.hotline.advisors.directory.RequestRefused;
import fr.cci.hotline.advisors.directory.StoredAdvisorDirectory;
import fr.cci.hotline.advisors.presence.Decision;
import fr.cci.hotline.advisors.presence.PauseReason;
import fr.cci.hotline.advisors.presence.PresenceRow;
import fr.cci.hotline.advisors.presence.PresenceRules;
import fr.cci.hotline.advisors.presence.PresenceTable;
import fr.cci.hotline.advisors.presence.PresenceTransitions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;

/**
 * Presence changes asked by people, from the page or the API: an advisor changes their own presence
 * (the advisor whose {@code username} is theirs), supervisors and administrators anyone's.
 */
@Service
class PresenceCommands {

  private static final Set<String> TEAM_ROLES = Set.of("ROLE_SUPERVISOR", "ROLE_ADMIN");

  private final PresenceTable table;
  private final PresenceRules rules;
  private final PresenceTransitions transitions;
  private final StoredAdvisorDirectory directory;
  private final Clock clock;

  PresenceCommands(
      PresenceTable table,
      PresenceRules rules,
      PresenceTransitions transitions,
      StoredAdvisorDirectory directory,
      Clock clock) {
    this.table = table;
    this.rules = rules;
    this.transitions = transitions;
    this.directory = directory;
    this.clock = clock;
  }

  /** The outcome of a request: {@code deferred} when it waits for the end of the call. */
  record Outcome(PresenceRow presence, boolean changed, boolean deferred) {}

  static boolean leadsTheTeam(Authentication who) {
    return who.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .anyMatch(TEAM_ROLES::contains);
  }

  /** The whole team for supervisors; for an advisor, themselves (if the account is an advisor). */
  List<PresenceRow> visibleTo(Authentication who) {
    if (leadsTheTeam(who)) {
      return table.findAll().stream().filter(row -> row.advisor().active()).toList();
    }
    return directory
        .findByUsername(who.getName())
        .flatMap(advisor -> table.find(advisor.id()))
        .stream()
        .toList();
  }

  PresenceRow presence(Authentication who, String advisorId) {
    checkAccess(who, advisorId);
    return table.find(advisorId).orElseThrow(() -> RequestRefused.unknownAdvisor(advisorId));
  }

  Outcome apply(Authentication who, String advisorId, PresenceAction action, String reason) {
    PresenceRow before = presence(who, advisorId);
    if (action == PresenceAction.PAUSE && PauseReason.selectable(reason).isEmpty()) {
      throw RequestRefused.invalid(
          "reason", "advisors.invalid.reason", String.join(", ", PauseReason.selectableCodes()));
    }
    Instant now = clock.instant();
    Decision decision =
        transitions
            .apply(
                advisorId,
                row ->
                    switch (action) {
                      case LOGIN -> rules.logIn(row, now);
                      case LOGOUT -> rules.logOut(row, now);
                      case PAUSE -> rules.pause(row, reason, now);
                      case RESUME -> rules.resume(row, now);
                    })
            .orElseThrow(() -> RequestRefused.unknownAdvisor(advisorId));
    if (decision.kind() == Decision.Kind.REFUSED) {
      throw RequestRefused.conflict(null, decision.refusal());
    }
    PresenceRow after = table.find(advisorId).orElse(before);
    return new Outcome(
        after, decision.changes(), decision.changes() && after.call().afterCall() != null);
  }

  private void checkAccess(Authentication who, String advisorId) {
    if (leadsTheTeam(who)) {
      return;
    }
    boolean self =
        directory
            .findByUsername(who.getName())
            .map(advisor -> advisor.id().equals(advisorId))
            .orElse(false);
    if (!self) {
      throw new RequestRefused(HttpStatus.FORBIDDEN, null, "advisors.error.not-yours");
    }
  }
}
