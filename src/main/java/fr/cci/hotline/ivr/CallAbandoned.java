package fr.cci.hotline.ivr;

import java.time.Instant;

/** The caller hung up in the menu, at {@code step} (e.g. {@code welcome}, {@code topic}). */
public record CallAbandoned(String caseNumber, String step, Instant at) {}
