package fr.cci.hotline.telephony;

import java.time.Instant;

/**
 * A channel was hung up ({@code Hangup}).
 *
 * @param cause the Q.850 cause code (16 = normal clearing)
 */
public record ChannelHungUp(
    String uniqueId, String linkedId, String channel, int cause, String causeText, Instant at) {}
