package fr.cci.hotline.routing.callback;

import java.time.Instant;

/**
 * Someone triggered or cancelled a call-back.
 *
 * @param kind TRIGGERED or CANCELLED
 * @param reason why it was cancelled; null for a trigger
 */
public record CallbackAudit(String kind, String username, String reason, Instant at) {}
