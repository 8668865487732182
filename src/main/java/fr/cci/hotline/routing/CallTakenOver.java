package fr.cci.hotline.routing;

import fr.cci.hotline.telephony.FallbackCallEnded;

/**
 * The fallback queue ended the call of a caller who waited in another instance's line: that
 * instance died, or its FastAGI session broke, and cannot say how its case ended. The instance that
 * closed the caller's row in the shared line hands the fallback queue's report over, once.
 */
public record CallTakenOver(String caseNumber, FallbackCallEnded ended) {}
