package fr.cci.hotline.advisors;

import java.time.Instant;

/**
 * Whether an advisor's phone can ring changed (its registration was lost or came back, it became
 * busy with another call or idle again) while their presence stayed as it was: not a presence
 * change, so a paused advisor keeps their pause and its reason. Routing tries again when a free
 * advisor's phone can ring.
 *
 * @param state the advisor's presence, unchanged
 * @param reachable whether the phone can now be offered a call
 */
public record PhoneReachabilityChanged(
    String advisorId, String chamber, PresenceState state, boolean reachable, Instant at) {}
