package fr.cci.hotline.ivr;

import java.time.Instant;

/**
 * The caller gave a département or postal code.
 *
 * @param department the département number, or null when the caller gave none usable
 * @param postalCode the postal code if the caller typed one, else null
 * @param inNormandy whether the département is one of Normandy's (else: the regional pool)
 */
public record CallerLocated(
    String caseNumber, String department, String postalCode, boolean inNormandy, Instant at) {}
