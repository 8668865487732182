package fr.cci.hotline.telephony;

import java.time.Instant;

/**
 * A phone's device state changed, e.g. {@code PJSIP/adv101} became {@code INUSE}. Also published
 * for every device listed during a resync after the AMI link (re)connects.
 *
 * @param at when the service heard it (its own clock)
 * @param reportedAt when Asterisk reported it (the event's Timestamp, the same for every instance
 *     listening): orders reports that reach instances at different times; null for a resync's list,
 *     which states what holds now
 */
public record DeviceStateChanged(
    String device, DeviceState state, Instant at, Instant reportedAt) {}
