package fr.cci.hotline.routing.callback;

import java.time.Instant;

/**
 * One ring of an advisor's phone for a call-back.
 *
 * @param channelId the unique id of the advisor's leg
 * @param advisorOutcome ANSWER, NOANSWER, BUSY… (Asterisk's DIALSTATUS); null while ringing
 * @param ownerOutcome the business owner's phone once the advisor answered; null if not rung
 */
public record CallbackAttempt(
    String channelId,
    String caseNumber,
    String advisorId,
    Instant startedAt,
    String advisorOutcome,
    String ownerOutcome,
    Instant endedAt) {}
