package fr.cci.hotline.routing;

import fr.cci.hotline.telephony.DialStatus;
import java.time.Duration;
import java.time.Instant;

/** The advisor did not take the offered call (no answer, busy, unavailable). */
public record OfferDeclined(
    String caseNumber, String advisorId, DialStatus outcome, Duration rang, Instant at) {}
