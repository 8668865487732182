package fr.cci.hotline.routing;

import java.time.Duration;
import java.time.Instant;

/** An answered call ended. */
public record CallCompleted(String caseNumber, String advisorId, Duration talked, Instant at) {}
