package fr.cci.hotline.routing;

import java.time.Instant;

/** The call was offered to an advisor: their phone is about to ring. */
public record AdvisorOffered(
    String caseNumber, String callId, String advisorId, String chamber, Instant at) {}
