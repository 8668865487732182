package fr.cci.hotline.telephony;

import java.time.Instant;

/**
 * The outcome of {@link CallControl#originate}: {@code answered} is false when the phone did not
 * answer, was busy or unavailable, as {@code outcome} tells (from Asterisk's OriginateResponse
 * Reason: NOANSWER for 3, BUSY for 5, CONGESTION for 8, CANCEL for 1, CHANUNAVAIL for 0 and the
 * rest). A busy desk phone answers Reason 0 too: its BUSY shows in the DialEnd before this.
 *
 * @param originateId the originated channel's unique id, as {@link CallControl#originate} returned
 */
public record OriginateFinished(
    String originateId,
    boolean answered,
    DialStatus outcome,
    String channel,
    String uniqueId,
    Instant at) {}
