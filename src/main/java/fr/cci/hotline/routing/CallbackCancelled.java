package fr.cci.hotline.routing;

import java.time.Instant;

/** An advisor or a supervisor cancelled a call-back, saying why. */
public record CallbackCancelled(String caseNumber, String cancelledBy, String reason, Instant at) {}
