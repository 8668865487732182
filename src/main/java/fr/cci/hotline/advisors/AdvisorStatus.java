package fr.cci.hotline.advisors;

import fr.cci.hotline.telephony.DeviceState;
import java.time.Instant;

/**
 * An advisor's presence as routing sees it.
 *
 * @param since when the advisor entered {@code state}
 * @param idleSince when they last became free (end of wrap-up, log-in or resume): the longest idle
 *     advisor is preferred
 * @param wrapUpUntil end of the wrap-up in progress, or null
 * @param deviceState the phone's state as Asterisk reports it ({@code UNKNOWN} for mobiles)
 * @param registered whether the desk phone is registered (always true for mobiles)
 * @param currentCall the call id being offered or handled, or null
 */
public record AdvisorStatus(
    Advisor advisor,
    PresenceState state,
    String pauseReason,
    Instant since,
    Instant idleSince,
    Instant wrapUpUntil,
    DeviceState deviceState,
    boolean registered,
    String currentCall) {

  /** Logged in, not paused, not on or offered a call, wrap-up over. */
  public boolean free(Instant now) {
    return state == PresenceState.AVAILABLE
        || (state == PresenceState.WRAP_UP && wrapUpUntil != null && !wrapUpUntil.isAfter(now));
  }

  /** The phone can ring: registered and not busy with another call as far as Asterisk knows. */
  public boolean reachable() {
    return registered
        && !deviceState.unreachable()
        && (deviceState.idle() || deviceState == DeviceState.UNKNOWN);
  }
}
