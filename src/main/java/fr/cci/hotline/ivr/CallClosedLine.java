package fr.cci.hotline.ivr;

import java.time.Instant;

/** The line was closed: the caller heard the hours and was offered a call-back. */
public record CallClosedLine(String caseNumber, boolean callbackRequested, Instant at) {}
