package fr.cci.hotline.telephony;

import java.time.Instant;

/**
 * A SIP registration changed: {@code aor} is the endpoint's address of record (e.g. {@code
 * adv101}); {@code reachable} is false when the contact is removed or unreachable.
 */
public record ContactStatusChanged(String aor, boolean reachable, String status, Instant at) {}
