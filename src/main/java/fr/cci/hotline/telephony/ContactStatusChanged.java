package fr.cci.hotline.telephony;

import java.time.Instant;

/**
 * A SIP registration changed: {@code aor} is the endpoint's address of record (e.g. {@code
 * adv101}); {@code reachable} is false when the contact is removed or unreachable. {@code
 * reportedAt} is Asterisk's time of the report, as in {@link DeviceStateChanged}.
 */
public record ContactStatusChanged(
    String aor, boolean reachable, String status, Instant at, Instant reportedAt) {}
