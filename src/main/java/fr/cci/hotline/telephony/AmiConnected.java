package fr.cci.hotline.telephony;

import java.time.Instant;

/**
 * The AMI link to Asterisk came up (first time or after a loss). Whatever mirrors the PBX's state
 * resynchronises now: events missed while the link was down are gone.
 */
public record AmiConnected(Instant at, String asteriskVersion) {}
