package fr.cci.hotline.routing;

import fr.cci.hotline.telephony.DialStatus;
import java.time.Instant;

/**
 * The business owner did not answer the last attempt of a call-back: it is given up, for
 * supervisors to follow up.
 */
public record CallbackFailed(
    String caseNumber, String advisorId, int attempts, DialStatus lastOutcome, Instant at) {}
