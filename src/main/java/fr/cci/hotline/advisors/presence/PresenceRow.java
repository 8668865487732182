package fr.cci.hotline.advisors.presence;

import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.telephony.DeviceState;
import java.time.Instant;

/**
 * One row of {@code advisor_presence} with the advisor columns transitions need. The rules derive
 * the next row from it; the table writes it only if {@code version} is still the stored one.
 *
 * <p>The columns are grouped by what changes together, so that a rule changing one aspect (the
 * state, the call, the phone) states only that aspect.
 */
public record PresenceRow(
    Identity advisor, Status status, Standing standing, Call call, Phone phone, long version) {

  /** Who the advisor is; presence rules never change it. */
  public record Identity(String id, String chamber, String name, String phone, boolean active) {

    /** Whether the advisor's phone is outside the PBX (a mobile through the trunk). */
    boolean external() {
      return phone.contains("@");
    }
  }

  /**
   * The presence state, since when, and what qualifies it.
   *
   * @param pauseReason why PAUSED, or why a pause asked during a call will be
   * @param wrapUpUntil when WRAP_UP ends; null in any other state
   */
  public record Status(
      PresenceState state, String pauseReason, Instant since, Instant wrapUpUntil) {}

  /**
   * Where the advisor stands for the next offer.
   *
   * @param idleSince the longest idle advisor is offered a call first
   * @param consecutiveNoAnswers offers missed in a row; too many pause the advisor
   */
  public record Standing(Instant idleSince, int consecutiveNoAnswers) {}

  /**
   * The call the advisor is offered or on.
   *
   * @param id the caller's channel
   * @param leg the channel ringing the advisor's phone, once Asterisk names it
   * @param afterCall what was asked during the call, applied when it ends: PAUSED, OFFLINE or null
   */
  public record Call(String id, String leg, PresenceState afterCall) {

    static final Call NONE = new Call(null, null, null);
  }

  /** The advisor's phone as the PBX last reported it. */
  public record Phone(DeviceState deviceState, boolean registered) {

    /** The phone can ring as far as Asterisk knows (as AdvisorStatus.reachable). */
    public boolean reachable() {
      return registered
          && !deviceState.unreachable()
          && (deviceState.idle() || deviceState == DeviceState.UNKNOWN);
    }
  }

  /** The state alone, which most readers of a row ask about first. */
  public PresenceState state() {
    return status.state();
  }

  /** Logged in, not paused, not on or offered a call, wrap-up over (as AdvisorStatus.free). */
  boolean free(Instant now) {
    Instant wrapUpUntil = status.wrapUpUntil();
    return state() == PresenceState.AVAILABLE
        || (state() == PresenceState.WRAP_UP && wrapUpUntil != null && !wrapUpUntil.isAfter(now));
  }

  public boolean reachable() {
    return phone.reachable();
  }

  boolean busyWithACall() {
    return state() == PresenceState.RINGING || state() == PresenceState.ON_CALL;
  }

  boolean handles(String callId) {
    return callId != null && !callId.isEmpty() && callId.equals(call.id());
  }

  /** In {@code next} since {@code at}; the wrap-up end only survives in WRAP_UP. */
  PresenceRow to(PresenceState next, Instant at) {
    Instant wrapUpUntil = next == PresenceState.WRAP_UP ? status.wrapUpUntil() : null;
    return with(new Status(next, status.pauseReason(), at, wrapUpUntil));
  }

  PresenceRow withPauseReason(String reason) {
    return with(new Status(status.state(), reason, status.since(), status.wrapUpUntil()));
  }

  PresenceRow withWrapUpUntil(Instant until) {
    return with(new Status(status.state(), status.pauseReason(), status.since(), until));
  }

  PresenceRow withIdleSince(Instant idle) {
    return with(new Standing(idle, standing.consecutiveNoAnswers()));
  }

  PresenceRow withNoAnswers(int count) {
    return with(new Standing(standing.idleSince(), count));
  }

  /** Another call, or another leg of the same call; what was asked during it still holds. */
  PresenceRow withCall(String callId, String leg) {
    return with(new Call(callId, leg, call.afterCall()));
  }

  PresenceRow withAfterCall(PresenceState then) {
    return with(new Call(call.id(), call.leg(), then));
  }

  PresenceRow withoutCall() {
    return with(Call.NONE);
  }

  PresenceRow withPhoneState(DeviceState deviceState, boolean registered) {
    return with(new Phone(deviceState, registered));
  }

  private PresenceRow with(Status next) {
    return new PresenceRow(advisor, next, standing, call, phone, version);
  }

  private PresenceRow with(Standing next) {
    return new PresenceRow(advisor, status, next, call, phone, version);
  }

  private PresenceRow with(Call next) {
    return new PresenceRow(advisor, status, standing, next, phone, version);
  }

  private PresenceRow with(Phone next) {
    return new PresenceRow(advisor, status, standing, call, next, version);
  }
}
