package fr.cci.hotline.routing;

import fr.cci.hotline.telephony.DialStatus;
import java.time.Instant;

/**
 * An advisor took a call-back but the business owner did not answer (or was busy, or could not be
 * reached): the call-back is pending again, for another attempt at {@code nextAttemptAt} at the
 * earliest.
 *
 * @param attempt how many attempts are used now (1 after the first)
 */
public record CallbackAttemptFailed(
    String caseNumber,
    String advisorId,
    DialStatus outcome,
    int attempt,
    Instant nextAttemptAt,
    Instant at) {}
