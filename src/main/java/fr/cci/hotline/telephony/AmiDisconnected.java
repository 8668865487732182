package fr.cci.hotline.telephony;

import java.time.Instant;

/** The AMI link to Asterisk was lost; the service keeps reconnecting with back-off. */
public record AmiDisconnected(Instant at) {}
