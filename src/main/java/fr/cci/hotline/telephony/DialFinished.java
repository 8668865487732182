package fr.cci.hotline.telephony;

import java.time.Instant;

/** Asterisk stopped ringing a destination ({@code DialEnd}) with this outcome. */
public record DialFinished(
    String callerUniqueId,
    String destinationChannel,
    String destinationUniqueId,
    DialStatus status,
    Instant at) {}
