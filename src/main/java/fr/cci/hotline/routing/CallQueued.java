package fr.cci.hotline.routing;

import java.time.Instant;

/** The caller joined the waiting line. */
public record CallQueued(String caseNumber, String callId, String department, Instant at) {}
