package fr.cci.hotline.routing;

import java.time.Instant;

/** The caller joined the waiting line, after the menu: from now on the caller waits. */
public record CallQueued(String caseNumber, String callId, String department, Instant at) {}
