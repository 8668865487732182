package fr.cci.hotline.advisors.presence;

import fr.cci.hotline.advisors.AdvisorStatus;
import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.telephony.DialStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * {@link Presence} over the {@code advisor_presence} table: the rules decide, the transitions write
 * with compare-and-set. Facts that name no leg (routing's own reports) apply to the advisor's
 * current call whatever its leg.
 */
@Service
class StoredPresence implements Presence {

  private final PresenceTable table;
  private final PresenceRules rules;
  private final PresenceTransitions transitions;

  StoredPresence(PresenceTable table, PresenceRules rules, PresenceTransitions transitions) {
    this.table = table;
    this.rules = rules;
    this.transitions = transitions;
  }

  @Override
  public List<AdvisorStatus> statuses() {
    return table.statuses();
  }

  @Override
  public boolean anyoneLoggedIn() {
    return table.anyoneLoggedIn();
  }

  @Override
  public Optional<AdvisorStatus> status(String advisorId) {
    return table.status(advisorId);
  }

  @Override
  public boolean reserve(String advisorId, String callId, Instant now) {
    if (callId == null || callId.isBlank()) {
      throw new IllegalArgumentException("a reservation needs the call's id");
    }
    return transitions.reserve(advisorId, row -> rules.reserve(row, callId, now));
  }

  @Override
  public void offerFailed(String advisorId, String callId, DialStatus outcome, Instant now) {
    transitions.apply(advisorId, row -> rules.offerFailed(row, callId, null, outcome, now));
  }

  @Override
  public void callAnswered(String advisorId, String callId, Instant now) {
    transitions.apply(advisorId, row -> rules.callAnswered(row, callId, null, now));
  }

  @Override
  public void callEnded(String advisorId, String callId, Instant now) {
    transitions.apply(advisorId, row -> rules.callEnded(row, callId, null, now));
  }

  @Override
  public void pauseForMissedOffers(String advisorId, Instant now) {
    transitions.apply(advisorId, row -> rules.pause(row, PresenceRules.NO_ANSWER, now));
  }

  @Override
  public void logIn(String advisorId, Instant now) {
    transitions.apply(advisorId, row -> rules.logIn(row, now));
  }

  @Override
  public void logOut(String advisorId, Instant now) {
    transitions.apply(advisorId, row -> rules.logOut(row, now));
  }

  @Override
  public void pause(String advisorId, String reason, Instant now) {
    transitions.apply(advisorId, row -> rules.pause(row, reason, now));
  }

  @Override
  public void resume(String advisorId, Instant now) {
    transitions.apply(advisorId, row -> rules.resume(row, now));
  }

  @Override
  public void ready(String advisorId, Instant now) {
    transitions.apply(advisorId, row -> rules.ready(row, now));
  }

  @Override
  public List<String> pauseReasons() {
    return PauseReason.selectableCodes();
  }
}
