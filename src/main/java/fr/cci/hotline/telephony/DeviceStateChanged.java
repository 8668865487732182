package fr.cci.hotline.telephony;

import java.time.Instant;

/**
 * A phone's device state changed, e.g. {@code PJSIP/adv101} became {@code INUSE}. Also published
 * for every device listed during a resync after the AMI link (re)connects.
 */
public record DeviceStateChanged(String device, DeviceState state, Instant at) {}
