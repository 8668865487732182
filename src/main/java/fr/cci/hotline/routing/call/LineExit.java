package fr.cci.hotline.routing.call;

import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.routing.line.WaitingEntry;
import fr.cci.hotline.routing.line.WaitingLine;
import fr.cci.hotline.telephony.DialStatus;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A caller leaving the shared waiting line, whichever way they leave it. */
@Component
class LineExit {

  private final WaitingLine line;
  private final Presence presence;

  LineExit(WaitingLine line, Presence presence) {
    this.line = line;
    this.presence = presence;
  }

  /**
   * Removes the caller's row and returns it as it was (for the wait since joining), else {@code
   * known} (the caller's own entry, or null); empty when another instance or path removed it first.
   * An advisor reserved for them is released.
   */
  Optional<WaitingEntry> leave(String callId, WaitingEntry known, Instant now) {
    Optional<WaitingEntry> current = line.find(callId);
    if ((current.isEmpty() && known == null) || !line.leave(callId)) {
      return Optional.empty();
    }
    current
        .filter(row -> row.state() == WaitingEntry.State.OFFERED)
        .ifPresent(row -> presence.offerFailed(row.advisorId(), callId, DialStatus.CANCEL, now));
    return current.or(() -> Optional.ofNullable(known));
  }
}
