package fr.cci.hotline.telephony;

import java.time.Instant;

/**
 * A call the dialplan's fallback queue handled, read back from the record the dialplan keeps of it
 * in Asterisk's database (AstDB), because the service may not have heard it: it was down, or its
 * AMI link was. Published for every record on every AMI (re)connection, so the same call comes
 * again and again, possibly after it was heard live as {@link FallbackCallEnded}: whoever acts on
 * it does so once per call id.
 *
 * @param call how the call left the queue, as {@link FallbackCallEnded} says it live
 * @param callerNumber confidential: prints masked
 * @param arrivedAt when the call reached the dialplan (before the menu, if the service ran one)
 * @param caseNumber the case the service opened for the call, null when it never heard of it
 * @param endedAt when the caller's channel hung up
 */
public record FallbackCallRecovered(
    FallbackCallEnded call,
    CallerNumber callerNumber,
    Instant arrivedAt,
    String caseNumber,
    Instant endedAt) {}
