package fr.cci.hotline.routing;

import java.time.Duration;
import java.time.Instant;

/**
 * The line closed while the caller was waiting; they did not ask to be called back, heard the hours
 * and were let go.
 */
public record LineClosedWhileWaiting(
    String caseNumber, String department, Duration waited, Instant at) {}
