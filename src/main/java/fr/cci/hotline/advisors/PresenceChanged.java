package fr.cci.hotline.advisors;

import java.time.Instant;

/** An advisor's presence changed; routing reacts when someone becomes free. */
public record PresenceChanged(
    String advisorId,
    String chamber,
    PresenceState from,
    PresenceState to,
    String reason,
    Instant at) {}
