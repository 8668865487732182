package fr.cci.hotline.advisors;

import java.time.Instant;

/**
 * An advisor's presence changed: a new state, or a new pause reason while paused ({@code from == to
 * == PAUSED}). Routing reacts when someone becomes free; the fallback queue follows. A phone that
 * can or cannot ring any more is {@link PhoneReachabilityChanged}, not a presence change.
 *
 * @param reason the pause reason when {@code to} is PAUSED, else null
 */
public record PresenceChanged(
    String advisorId,
    String chamber,
    PresenceState from,
    PresenceState to,
    String reason,
    Instant at) {}
