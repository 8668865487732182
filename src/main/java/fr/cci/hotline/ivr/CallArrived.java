package fr.cci.hotline.ivr;

import java.time.Instant;

/**
 * A call reached the service: its case is opened now, before the caller presses anything.
 *
 * @param callId the caller channel's unique id
 * @param callerNumber confidential: stored in the case, never logged
 * @param open whether the line was open (opening hours, holidays, closures)
 */
public record CallArrived(
    String callId,
    String caseNumber,
    String callerNumber,
    String dialledNumber,
    boolean open,
    Instant at) {}
