package fr.cci.hotline.routing;

import fr.cci.hotline.telephony.CallerNumber;
import java.time.Instant;

/**
 * A caller ready to be given to an advisor, as the menu located them.
 *
 * @param callId the caller channel's unique id
 * @param department the département the caller gave, or null when unknown (regional pool)
 * @param topic the menu topic code, or null
 * @param arrivedAt when the call arrived: the waiting line is ordered by it
 */
public record Caller(
    String callId,
    String caseNumber,
    CallerNumber callerNumber,
    String department,
    String topic,
    Instant arrivedAt) {}
