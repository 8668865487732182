package fr.cci.hotline.advisors;

import fr.cci.hotline.telephony.DialStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Advisors' presence, stored in the database so that several service instances share it. Every
 * change is a conditional update: two instances can never reserve the same advisor.
 */
public interface Presence {

  /** All active advisors with their presence. */
  List<AdvisorStatus> statuses();

  /** Whether any active advisor is logged in (any state but OFFLINE): one count, no row read. */
  boolean anyoneLoggedIn();

  Optional<AdvisorStatus> status(String advisorId);

  /**
   * Reserves a free, reachable advisor for a call: AVAILABLE (or wrap-up over) → RINGING.
   *
   * @return false when the advisor was not free any more (another call or instance was faster)
   */
  boolean reserve(String advisorId, String callId, Instant now);

  /**
   * The offer of {@code callId} was not answered (or the phone was busy/unavailable): RINGING →
   * AVAILABLE, keeping their place as longest idle; after {@code
   * hotline.advisors.max-consecutive-no-answers} unanswered offers in a row the advisor is paused
   * with reason {@code no-answer}. Ignored when the advisor is no longer ringing for that call.
   */
  void offerFailed(String advisorId, String callId, DialStatus outcome, Instant now);

  /** The advisor answered {@code callId}: RINGING → ON_CALL. Idempotent. */
  void callAnswered(String advisorId, String callId, Instant now);

  /** {@code callId} ended: ON_CALL (or RINGING) → WRAP_UP until now + wrap-up. Idempotent. */
  void callEnded(String advisorId, String callId, Instant now);

  /**
   * Pauses an advisor who keeps not taking what they are offered (reason {@code no-answer}), as the
   * service does after unanswered offers in a row; after the current call if on one.
   */
  void pauseForMissedOffers(String advisorId, Instant now);

  void logIn(String advisorId, Instant now);

  void logOut(String advisorId, Instant now);

  void pause(String advisorId, String reason, Instant now);

  void resume(String advisorId, Instant now);

  /** The pause reasons a person may choose ({@code lunch}…), in the order pages offer them. */
  List<String> pauseReasons();

  /** The advisor is ready before the end of their wrap-up: WRAP_UP → AVAILABLE now. */
  void ready(String advisorId, Instant now);
}
