package fr.cci.hotline.advisors.web;

import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.advisors.presence.PresenceRow;
import fr.cci.hotline.telephony.DeviceState;
import java.time.Instant;

/**
 * An advisor's presence as the API shows it.
 *
 * @param label the state in French, e.g. {@code En pause — Déjeuner}
 * @param afterCall what happens when the current call ends (PAUSED or OFFLINE), or null
 */
record PresenceView(
    String advisorId,
    String name,
    String chamber,
    PresenceState state,
    String label,
    String pauseReason,
    Instant since,
    Instant idleSince,
    Instant wrapUpUntil,
    PresenceState afterCall,
    DeviceState deviceState,
    boolean registered,
    boolean reachable) {

  static PresenceView of(PresenceRow row, PresenceLabels labels) {
    PresenceRow.Status status = row.status();
    String reason = status.state() == PresenceState.PAUSED ? status.pauseReason() : null;
    return new PresenceView(
        row.advisor().id(),
        row.advisor().name(),
        row.advisor().chamber(),
        status.state(),
        labels.state(status.state(), reason),
        reason,
        status.since(),
        row.standing().idleSince(),
        status.wrapUpUntil(),
        row.call().afterCall(),
        row.phone().deviceState(),
        row.phone().registered(),
        row.reachable());
  }
}
