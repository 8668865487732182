package fr.cci.hotline.telephony;

import java.time.Instant;

/**
 * The outcome of {@link CallControl#originate}: {@code answered} is false when the phone did not
 * answer, was busy or unavailable.
 */
public record OriginateFinished(
    String originateId, boolean answered, String channel, String uniqueId, Instant at) {}
