package fr.cci.hotline.routing;

import java.time.Duration;
import java.time.Instant;

/** An advisor answered: {@code waited} runs from the call's arrival to the answer. */
public record CallAnswered(
    String caseNumber,
    String advisorId,
    String chamber,
    String department,
    Duration waited,
    Instant at) {}
