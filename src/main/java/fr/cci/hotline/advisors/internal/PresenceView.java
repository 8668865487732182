package fr.cci.hotline.advisors.internal;

import fr.cci.hotline.advisors.PresenceState;
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
    String reason = row.state() == PresenceState.PAUSED ? row.pauseReason() : null;
    return new PresenceView(
        row.advisorId(),
        row.name(),
        row.chamber(),
        row.state(),
        labels.state(row.state(), reason),
        reason,
        row.since(),
        row.idleSince(),
        row.wrapUpUntil(),
        row.afterCall(),
        row.deviceState(),
        row.registered(),
        row.reachable());
  }
}
