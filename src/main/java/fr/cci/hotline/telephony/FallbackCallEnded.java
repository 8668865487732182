package fr.cci.hotline.telephony;

import java.time.Duration;
import java.time.Instant;

/**
 * A call that the dialplan's fallback queue ({@code hotline-fallback}) took, because the service
 * made no decision for it, left the queue: answered by an advisor, abandoned by its caller, or out
 * of time. Every instance hears it over AMI; calls handled while the service was down are to be
 * brought back in the same shape from Asterisk's own records, so whoever counts them counts each
 * call id once.
 *
 * @param callId the caller channel's unique id
 * @param member the interface of the queue member who answered ({@code PJSIP/adv101}), else null
 * @param waited from joining the queue to the answer or to leaving it
 */
public record FallbackCallEnded(
    String callId, Outcome outcome, String member, Duration waited, Instant at) {

  /** How the caller left the fallback queue. */
  public enum Outcome {
    /** An advisor answered. */
    ANSWERED,
    /** The caller hung up while waiting in the queue. */
    ABANDONED,
    /** Nobody answered within the dialplan's timeout: the caller heard the closing message. */
    TIMED_OUT
  }
}
