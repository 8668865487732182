package fr.cci.hotline.telephony;

import java.time.Instant;

/** A channel entered a bridge with another: the two parties can talk ({@code BridgeEnter}). */
public record ChannelsBridged(String bridgeId, String uniqueId, String channel, Instant at) {}
