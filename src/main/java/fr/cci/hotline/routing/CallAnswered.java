package fr.cci.hotline.routing;

import java.time.Duration;
import java.time.Instant;

/**
 * An advisor answered: {@code waited} runs from the caller joining the waiting line to the answer
 * (the menu is not wait).
 */
public record CallAnswered(
    String caseNumber,
    String advisorId,
    String chamber,
    String department,
    Duration waited,
    Instant at) {}
