package fr.cci.hotline.routing.callback;

import fr.cci.hotline.advisors.Advisor;
import fr.cci.hotline.advisors.AdvisorDirectory;
import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.routing.AdvisorOffered;
import fr.cci.hotline.routing.RoutingSettings;
import fr.cci.hotline.telephony.CallControl;
import fr.cci.hotline.telephony.CallVariable;
import fr.cci.hotline.telephony.DialStatus;
import fr.cci.hotline.telephony.DialplanExtension;
import fr.cci.hotline.telephony.TelephonyFailure;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Rings the advisor's phone for a call-back, once the dispatch pass that reserved them committed:
 * an AMI Originate whose channel takes the attempt's id, and which enters {@code hotline-callback}
 * when the advisor answers. The advisor's phone shows « Rappel » and the case number.
 */
@Component
public class CallbackDialer {

  static final DialplanExtension ANSWERED = new DialplanExtension("hotline-callback", "s");

  private static final Logger log = LoggerFactory.getLogger(CallbackDialer.class);

  private final CallControl control;
  private final AdvisorDirectory directory;
  private final Presence presence;
  private final CallbackAttempts attempts;
  private final RoutingSettings settings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CallbackDialer(
      CallControl control,
      AdvisorDirectory directory,
      Presence presence,
      CallbackAttempts attempts,
      RoutingSettings settings,
      ApplicationEventPublisher events,
      Clock clock) {
    this.control = control;
    this.directory = directory;
    this.presence = presence;
    this.attempts = attempts;
    this.settings = settings;
    this.events = events;
    this.clock = clock;
  }

  public void dial(Callback callback, String advisorId, String channelId) {
    Instant now = clock.instant();
    Optional<Advisor> advisor = directory.find(advisorId);
    if (advisor.isEmpty()) {
      log.warn("Reserved advisor {} is unknown; call-back {} waits", advisorId, channelId);
      presence.offerFailed(advisorId, channelId, DialStatus.CANCEL, now);
      attempts.interrupted(channelId, now);
      return;
    }
    events.publishEvent(
        new AdvisorOffered(
            callback.caseNumber(), channelId, advisorId, advisor.get().chamber(), now));
    try {
      control.originate(
          advisor.get().phone(),
          channelId,
          ANSWERED,
          "\"Rappel "
              + callback.caseNumber()
              + "\" <"
              + settings.callbacks().regionalNumber()
              + ">",
          settings.ringTimeout(),
          Map.of(CallVariable.HOTLINE_CASE.name(), callback.caseNumber()));
    } catch (TelephonyFailure failure) {
      // Asterisk may have queued it all the same: its events, or the stale attempt sweep, settle
      // the attempt; ringing the advisor again now could ring them twice.
      log.warn("Originate of call-back attempt {} failed: {}", channelId, failure.getMessage());
    }
  }
}
