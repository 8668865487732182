package fr.cci.hotline.telephony;

import java.time.Instant;

/**
 * Asterisk started ringing a destination for a caller ({@code DialBegin}).
 *
 * @param callerUniqueId the caller's channel, or empty for a call the service originated
 * @param destinationChannel e.g. {@code PJSIP/adv101-00000003}
 * @param destinationUniqueId the destination channel's unique id
 * @param dialString what was dialled, e.g. {@code adv101} or {@code 0612345678@operator}
 */
public record DialStarted(
    String callerUniqueId,
    String destinationChannel,
    String destinationUniqueId,
    String dialString,
    Instant at) {}
