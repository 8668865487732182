package fr.cci.hotline.routing.callback;

import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.routing.RoutingSettings;
import fr.cci.hotline.telephony.DialStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Settles what no PBX fact will: an attempt still ringing its advisor long after its Originate must
 * have ended (the instance that reserved the advisor died before sending it, or Asterisk never
 * queued it), and the numbers of call-backs that failed long ago.
 */
@Component
public class StaleCallbacks {

  /** Beyond the ring time, what an Originate may take to be queued and report. */
  private static final Duration GRACE = Duration.ofSeconds(30);

  private final CallbackLine callbacks;
  private final CallbackAttempts attempts;
  private final CallbackActions actions;
  private final Presence presence;
  private final RoutingSettings settings;
  private final Clock clock;

  StaleCallbacks(
      CallbackLine callbacks,
      CallbackAttempts attempts,
      CallbackActions actions,
      Presence presence,
      RoutingSettings settings,
      Clock clock) {
    this.callbacks = callbacks;
    this.attempts = attempts;
    this.actions = actions;
    this.presence = presence;
    this.settings = settings;
    this.clock = clock;
  }

  public void release() {
    Instant now = clock.instant();
    for (Callback stale : callbacks.ringingSince(now.minus(settings.ringTimeout()).minus(GRACE))) {
      presence.offerFailed(stale.advisorId(), stale.channelId(), DialStatus.CANCEL, now);
      attempts.interrupted(stale.channelId(), now);
    }
    actions.forgetFailed(now.minus(settings.callbacks().forgetFailedAfter()));
  }
}
