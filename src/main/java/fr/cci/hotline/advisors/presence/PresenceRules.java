package fr.cci.hotline.advisors.presence;

import static fr.cci.hotline.advisors.PresenceState.AVAILABLE;
import static fr.cci.hotline.advisors.PresenceState.OFFLINE;
import static fr.cci.hotline.advisors.PresenceState.ON_CALL;
import static fr.cci.hotline.advisors.PresenceState.PAUSED;
import static fr.cci.hotline.advisors.PresenceState.RINGING;
import static fr.cci.hotline.advisors.PresenceState.WRAP_UP;

import fr.cci.hotline.advisors.AdvisorsSettings;
import fr.cci.hotline.telephony.DialStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The presence state machine in plain Java: each rule takes the stored row and returns the next
 * one, or says there is nothing to do. Facts about a call (answered, ended, not answered) apply
 * only to the advisor's current call, and to its leg when the fact names one, so that a late or
 * repeated AMI event never touches a newer offer. Two choices worth knowing:
 *
 * <ul>
 *   <li>Logging out or pausing while ringing or on a call is remembered and applied when the call
 *       ends, instead of wrap-up: the call is never cut, and no new offer comes in between.
 *   <li>Only NOANSWER counts as a missed offer, plus BUSY on a mobile (declining a call on a mobile
 *       answers BUSY). BUSY on a desk phone, CHANUNAVAIL and CONGESTION are the phone or the
 *       network, which device state and registration already track, and CANCEL is the caller
 *       hanging up: pausing the advisor for those would punish them for the PBX.
 * </ul>
 */
@Component
public class PresenceRules {

  static final String NO_ANSWER = "no-answer";

  private final Duration wrapUp;
  private final int maxConsecutiveNoAnswers;

  @Autowired
  PresenceRules(AdvisorsSettings settings) {
    this(settings.wrapUp(), settings.maxConsecutiveNoAnswers());
  }

  PresenceRules(Duration wrapUp, int maxConsecutiveNoAnswers) {
    this.wrapUp = wrapUp;
    this.maxConsecutiveNoAnswers = maxConsecutiveNoAnswers;
  }

  public Decision logIn(PresenceRow row, Instant now) {
    if (row.state() == OFFLINE) {
      return Decision.change(
          row.withoutCall()
              .withPauseReason(null)
              .withNoAnswers(0)
              .withIdleSince(now)
              .to(AVAILABLE, now));
    }
    if (row.call().afterCall() == OFFLINE) {
      return Decision.change(row.withAfterCall(null));
    }
    return Decision.unchanged();
  }

  public Decision logOut(PresenceRow row, Instant now) {
    if (row.state() == OFFLINE) {
      return Decision.unchanged();
    }
    if (row.busyWithACall()) {
      return row.call().afterCall() == OFFLINE
          ? Decision.unchanged()
          : Decision.change(row.withAfterCall(OFFLINE));
    }
    return Decision.change(offline(row, now));
  }

  public Decision pause(PresenceRow row, String reason, Instant now) {
    return switch (row.state()) {
      case OFFLINE -> Decision.refused("advisors.presence.refused.offline");
      case PAUSED ->
          Objects.equals(reason, row.status().pauseReason())
              ? Decision.unchanged()
              : Decision.change(row.withPauseReason(reason).to(PAUSED, now));
      case RINGING, ON_CALL ->
          row.call().afterCall() == PAUSED && Objects.equals(reason, row.status().pauseReason())
              ? Decision.unchanged()
              : Decision.change(row.withAfterCall(PAUSED).withPauseReason(reason));
      case AVAILABLE, WRAP_UP -> Decision.change(row.withPauseReason(reason).to(PAUSED, now));
    };
  }

  public Decision resume(PresenceRow row, Instant now) {
    return switch (row.state()) {
      case OFFLINE -> Decision.refused("advisors.presence.refused.offline");
      case PAUSED ->
          Decision.change(
              row.withPauseReason(null).withNoAnswers(0).withIdleSince(now).to(AVAILABLE, now));
      case RINGING, ON_CALL ->
          row.call().afterCall() == PAUSED
              ? Decision.change(row.withAfterCall(null).withPauseReason(null))
              : Decision.unchanged();
      case AVAILABLE, WRAP_UP -> Decision.unchanged();
    };
  }

  /** Ends the wrap-up early: the advisor said they are ready for the next call. */
  public Decision ready(PresenceRow row, Instant now) {
    if (row.state() != WRAP_UP) {
      return Decision.unchanged();
    }
    return Decision.change(row.withIdleSince(now).to(AVAILABLE, now));
  }

  /** Free → RINGING for the call; idle-since is kept so a failed offer keeps their place. */
  Decision reserve(PresenceRow row, String callId, Instant now) {
    if (!row.advisor().active() || !row.free(now) || row.call().afterCall() != null) {
      return Decision.refused("advisors.presence.refused.not-free");
    }
    return Decision.change(row.withCall(callId, null).to(RINGING, now));
  }

  /**
   * Asterisk started ringing the advisor's phone for {@code callId}: remember the leg of our offer,
   * or, for a call the service did not offer (the fallback queue), make the advisor RINGING so that
   * nobody else offers them a call meanwhile. Mobiles report nothing else.
   */
  public Decision dialStarted(PresenceRow row, String callId, String leg, Instant now) {
    if (row.state() == RINGING && row.handles(callId)) {
      return Objects.equals(leg, row.call().leg())
          ? Decision.unchanged()
          : Decision.change(row.withCall(callId, leg));
    }
    if (callId != null && !callId.isEmpty() && row.free(now) && row.call().afterCall() == null) {
      return Decision.change(row.withCall(callId, leg).to(RINGING, now));
    }
    return Decision.unchanged();
  }

  /** The offer was not taken; {@code leg} is null when the fact does not name one. */
  public Decision offerFailed(
      PresenceRow row, String callId, String leg, DialStatus outcome, Instant now) {
    if (row.state() != RINGING || !concerns(row, callId, leg)) {
      return Decision.unchanged();
    }
    int missed = row.standing().consecutiveNoAnswers() + (missed(outcome, row) ? 1 : 0);
    PresenceRow released = row.withNoAnswers(missed);
    if (row.call().afterCall() != null) {
      return Decision.change(applyAfterCall(released, now));
    }
    if (missed >= maxConsecutiveNoAnswers) {
      return Decision.change(released.withoutCall().withPauseReason(NO_ANSWER).to(PAUSED, now));
    }
    return Decision.change(released.withoutCall().to(AVAILABLE, now));
  }

  public Decision callAnswered(PresenceRow row, String callId, String leg, Instant now) {
    if (row.state() != RINGING || !concerns(row, callId, leg)) {
      return Decision.unchanged();
    }
    return Decision.change(row.withNoAnswers(0).to(ON_CALL, now));
  }

  public Decision callEnded(PresenceRow row, String callId, String leg, Instant now) {
    if (!row.busyWithACall() || !concerns(row, callId, leg)) {
      return Decision.unchanged();
    }
    if (row.call().afterCall() != null) {
      return Decision.change(applyAfterCall(row, now));
    }
    if (wrapUp.isZero()) {
      return Decision.change(row.withoutCall().withIdleSince(now).to(AVAILABLE, now));
    }
    Instant until = now.plus(wrapUp);
    return Decision.change(
        row.withoutCall().withIdleSince(until).to(WRAP_UP, now).withWrapUpUntil(until));
  }

  /** The wrap-up time is over: WRAP_UP → AVAILABLE, as of the end of the wrap-up. */
  Decision wrapUpOver(PresenceRow row, Instant now) {
    Instant until = row.status().wrapUpUntil();
    if (row.state() != WRAP_UP || until == null || until.isAfter(now)) {
      return Decision.unchanged();
    }
    return Decision.change(row.to(AVAILABLE, until));
  }

  private static boolean concerns(PresenceRow row, String callId, String leg) {
    return row.handles(callId) && (leg == null || leg.equals(row.call().leg()));
  }

  private static boolean missed(DialStatus outcome, PresenceRow row) {
    return outcome == DialStatus.NOANSWER
        || (outcome == DialStatus.BUSY && row.advisor().external());
  }

  private static PresenceRow applyAfterCall(PresenceRow row, Instant now) {
    return row.call().afterCall() == OFFLINE
        ? offline(row, now)
        : row.withoutCall().to(PAUSED, now);
  }

  private static PresenceRow offline(PresenceRow row, Instant now) {
    return row.withoutCall().withPauseReason(null).withNoAnswers(0).to(OFFLINE, now);
  }
}
