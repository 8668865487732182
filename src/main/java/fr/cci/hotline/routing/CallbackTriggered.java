package fr.cci.hotline.routing;

import java.time.Instant;

/**
 * An advisor or a supervisor asked for a call-back to be attempted now: a failed one is pending
 * again, with a new round of attempts.
 *
 * @param wasFailed whether it had failed (CALLBACK_FAILED) before
 */
public record CallbackTriggered(
    String caseNumber, String triggeredBy, boolean wasFailed, Instant at) {}
