package fr.cci.hotline.advisors.internal;

import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.telephony.DeviceState;
import java.time.Instant;

/**
 * One row of {@code advisor_presence} with the advisor columns transitions need. The rules derive
 * the next row from it; the table writes it only if {@code version} is still the stored one.
 *
 * @param afterCall what was asked during a call, applied when it ends: PAUSED, OFFLINE or null
 */
record PresenceRow(
    String advisorId,
    String chamber,
    String name,
    String phone,
    boolean active,
    PresenceState state,
    String pauseReason,
    Instant since,
    Instant idleSince,
    Instant wrapUpUntil,
    String currentCall,
    String currentLeg,
    int consecutiveNoAnswers,
    PresenceState afterCall,
    DeviceState deviceState,
    boolean registered,
    long version) {

  /** Logged in, not paused, not on or offered a call, wrap-up over (as AdvisorStatus.free). */
  boolean free(Instant now) {
    return state == PresenceState.AVAILABLE
        || (state == PresenceState.WRAP_UP && wrapUpUntil != null && !wrapUpUntil.isAfter(now));
  }

  /** The phone can ring as far as Asterisk knows (as AdvisorStatus.reachable). */
  boolean reachable() {
    return registered
        && !deviceState.unreachable()
        && (deviceState.idle() || deviceState == DeviceState.UNKNOWN);
  }

  boolean busyWithACall() {
    return state == PresenceState.RINGING || state == PresenceState.ON_CALL;
  }

  boolean handles(String callId) {
    return callId != null && !callId.isEmpty() && callId.equals(currentCall);
  }

  /** Whether the advisor's phone is outside the PBX (a mobile through the trunk). */
  boolean external() {
    return phone.contains("@");
  }

  /** In {@code next} since {@code at}; the wrap-up end only survives in WRAP_UP. */
  PresenceRow to(PresenceState next, Instant at) {
    return new PresenceRow(
        advisorId,
        chamber,
        name,
        phone,
        active,
        next,
        pauseReason,
        at,
        idleSince,
        next == PresenceState.WRAP_UP ? wrapUpUntil : null,
        currentCall,
        currentLeg,
        consecutiveNoAnswers,
        afterCall,
        deviceState,
        registered,
        version);
  }

  PresenceRow withCall(String call, String leg) {
    return new PresenceRow(
        advisorId,
        chamber,
        name,
        phone,
        active,
        state,
        pauseReason,
        since,
        idleSince,
        wrapUpUntil,
        call,
        leg,
        consecutiveNoAnswers,
        afterCall,
        deviceState,
        registered,
        version);
  }

  PresenceRow withoutCall() {
    return withCall(null, null).withAfterCall(null);
  }

  PresenceRow withPauseReason(String reason) {
    return new PresenceRow(
        advisorId,
        chamber,
        name,
        phone,
        active,
        state,
        reason,
        since,
        idleSince,
        wrapUpUntil,
        currentCall,
        currentLeg,
        consecutiveNoAnswers,
        afterCall,
        deviceState,
        registered,
        version);
  }

  PresenceRow withIdleSince(Instant idle) {
    return new PresenceRow(
        advisorId,
        chamber,
        name,
        phone,
        active,
        state,
        pauseReason,
        since,
        idle,
        wrapUpUntil,
        currentCall,
        currentLeg,
        consecutiveNoAnswers,
        afterCall,
        deviceState,
        registered,
        version);
  }

  PresenceRow withWrapUpUntil(Instant until) {
    return new PresenceRow(
        advisorId,
        chamber,
        name,
        phone,
        active,
        state,
        pauseReason,
        since,
        idleSince,
        until,
        currentCall,
        currentLeg,
        consecutiveNoAnswers,
        afterCall,
        deviceState,
        registered,
        version);
  }

  PresenceRow withNoAnswers(int count) {
    return new PresenceRow(
        advisorId,
        chamber,
        name,
        phone,
        active,
        state,
        pauseReason,
        since,
        idleSince,
        wrapUpUntil,
        currentCall,
        currentLeg,
        count,
        afterCall,
        deviceState,
        registered,
        version);
  }

  PresenceRow withAfterCall(PresenceState then) {
    return new PresenceRow(
        advisorId,
        chamber,
        name,
        phone,
        active,
        state,
        pauseReason,
        since,
        idleSince,
        wrapUpUntil,
        currentCall,
        currentLeg,
        consecutiveNoAnswers,
        then,
        deviceState,
        registered,
        version);
  }

  PresenceRow withPhoneState(DeviceState device, boolean isRegistered) {
    return new PresenceRow(
        advisorId,
        chamber,
        name,
        phone,
        active,
        state,
        pauseReason,
        since,
        idleSince,
        wrapUpUntil,
        currentCall,
        currentLeg,
        consecutiveNoAnswers,
        afterCall,
        device,
        isRegistered,
        version);
  }
}
