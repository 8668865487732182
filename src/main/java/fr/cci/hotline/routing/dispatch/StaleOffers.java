package fr.cci.hotline.routing.dispatch;

import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.routing.RoutingSettings;
import fr.cci.hotline.routing.line.WaitingEntry;
import fr.cci.hotline.routing.line.WaitingLine;
import fr.cci.hotline.telephony.DialStatus;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Releases advisors reserved for callers whose instance died between the offer and the Dial:
 * without this, such an advisor would stay "ringing" for ever.
 */
@Component
class StaleOffers {

  private final WaitingLine line;
  private final Presence presence;
  private final RoutingSettings settings;
  private final Clock clock;

  StaleOffers(WaitingLine line, Presence presence, RoutingSettings settings, Clock clock) {
    this.line = line;
    this.presence = presence;
    this.settings = settings;
    this.clock = clock;
  }

  void release() {
    Instant now = clock.instant();
    Instant offeredBefore = now.minus(settings.ringTimeout()).minus(Dispatcher.HEARTBEAT_TIMEOUT);
    for (WaitingEntry stale :
        line.staleOffers(offeredBefore, now.minus(Dispatcher.HEARTBEAT_TIMEOUT))) {
      if (line.leave(stale.callId())) {
        presence.offerFailed(stale.advisorId(), stale.callId(), DialStatus.CANCEL, now);
      }
    }
  }
}
