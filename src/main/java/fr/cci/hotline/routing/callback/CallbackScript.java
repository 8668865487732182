package fr.cci.hotline.routing.callback;

import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.routing.RoutingSettings;
import fr.cci.hotline.telephony.CallChannel;
import fr.cci.hotline.telephony.CallScript;
import fr.cci.hotline.telephony.CallVariable;
import fr.cci.hotline.telephony.HotlineAction;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The {@code hotline-callback} script, on the advisor's leg once they answered: they hear « Rappel
 * du dossier » and the case's characters, then the dialplan rings the business owner through the
 * trunk. An attempt that is no longer current (cancelled while the phone rang, or replaced after an
 * outage) rings nobody: the advisor is told and the call ends.
 */
@Component
class CallbackScript implements CallScript {

  /** How the trunk reaches a number (pjsip.conf, endpoint {@code operator}). */
  private static final String TRUNK = "PJSIP/%s@operator";

  private final CallbackAttempts attempts;
  private final Presence presence;
  private final RoutingSettings settings;
  private final Clock clock;

  CallbackScript(
      CallbackAttempts attempts, Presence presence, RoutingSettings settings, Clock clock) {
    this.attempts = attempts;
    this.presence = presence;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "hotline-callback";
  }

  @Override
  public void run(CallChannel call) {
    String leg = call.uniqueId();
    Optional<Callback> callback = attempts.advisorAnswered(leg, clock.instant());
    if (callback.isEmpty() || !callback.get().number().reachable()) {
      call.play(CallbackPrompts.ADVISOR_CANCELLED, "");
      return; // no decision: the dialplan hangs up
    }
    presence.callAnswered(callback.get().advisorId(), leg, clock.instant());
    call.play(CallbackPrompts.ADVISOR_INTRO, "");
    call.sayAlpha(ownPart(callback.get().caseNumber()));
    call.play(CallbackPrompts.ADVISOR_DIALLING, "");
    if (!attempts.ownerDialled(leg)) {
      call.play(CallbackPrompts.ADVISOR_CANCELLED, "");
      return;
    }
    call.set(CallVariable.HOTLINE_TARGET, TRUNK.formatted(callback.get().number().value()));
    call.set(
        CallVariable.HOTLINE_RING_TIMEOUT,
        Long.toString(settings.callbacks().ownerRingTimeout().toSeconds()));
    call.set(CallVariable.HOTLINE_ACTION, HotlineAction.CONNECT.name());
  }

  /** {@code CP-261127-7K3QF2M} → {@code 7K3QF2M}: what tells the case apart within its day. */
  static String ownPart(String caseNumber) {
    return caseNumber.substring(caseNumber.lastIndexOf('-') + 1);
  }
}
