package fr.cci.hotline.routing;

import java.time.Duration;
import java.time.Instant;

/**
 * The caller hung up while waiting for an advisor: an abandoned call. {@code waited} runs from
 * joining the waiting line to the hang-up.
 */
public record CallerLeftWaiting(
    String caseNumber, String department, Duration waited, Instant at) {}
