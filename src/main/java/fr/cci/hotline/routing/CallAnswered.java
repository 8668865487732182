package fr.cci.hotline.routing;

import java.time.Duration;
import java.time.Instant;

/**
 * An advisor answered: {@code waited} runs from the caller joining the waiting line to the answer
 * (the menu is not wait). For a {@code callBack} (the business owner reached after a request), it
 * runs from the original arrival, and the call is not one of the waiting line's answered calls.
 */
public record CallAnswered(
    String caseNumber,
    String advisorId,
    String chamber,
    String department,
    Duration waited,
    Instant at,
    boolean callBack) {}
