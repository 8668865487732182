package fr.cci.hotline.routing.policy;

import java.time.Duration;
import java.time.Instant;

/** Who may be offered a waiting call: each condition is a named rule. */
final class EligibilityRules {

  private EligibilityRules() {}

  /** Logged in, not paused, not ringing or talking, wrap-up over. */
  public static boolean isFree(Candidate candidate) {
    return candidate.free();
  }

  /** Registered and not busy with a call Asterisk knows about. */
  public static boolean canRing(Candidate candidate) {
    return candidate.reachable();
  }

  /** Not already offered this call without answering. */
  public static boolean notYetTried(Candidate candidate, WaitingCall call) {
    return !call.tried().contains(candidate.advisorId());
  }

  /** Within the pool the caller's wait allows; the previous advisor always is. */
  public static boolean withinPool(
      Candidate candidate, WaitingCall call, PoolWidening widening, Instant now) {
    if (candidate.advisorId().equals(call.previousAdvisor())) {
      return true;
    }
    Tier widest = widening.widestTier(Duration.between(call.arrivedAt(), now));
    return Tier.of(candidate, call).compareTo(widest) <= 0;
  }
}
