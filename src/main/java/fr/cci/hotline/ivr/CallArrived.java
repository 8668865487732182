package fr.cci.hotline.ivr;

import fr.cci.hotline.telephony.CallerNumber;
import java.time.Instant;

/**
 * A call reached the service: its case is opened now, before the caller presses anything.
 *
 * @param callId the caller channel's unique id
 * @param callerNumber confidential: stored in the case; prints masked
 * @param open whether the line was open (opening hours, holidays, closures)
 */
public record CallArrived(
    String callId,
    String caseNumber,
    CallerNumber callerNumber,
    String dialledNumber,
    boolean open,
    Instant at) {}
