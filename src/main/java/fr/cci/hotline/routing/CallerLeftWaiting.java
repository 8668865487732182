package fr.cci.hotline.routing;

import java.time.Duration;
import java.time.Instant;

/** The caller hung up while waiting for an advisor: an abandoned call. */
public record CallerLeftWaiting(
    String caseNumber, String department, Duration waited, Instant at) {}
