package fr.cci.hotline.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case in a list: the caller number is masked ({@code 06 •• •• •• 12}); it is whole only on the
 * opened case.
 *
 * @param maskedCallerNumber the caller's number masked, or null once erased
 */
public record CaseSummary(
    String caseNumber,
    CaseStatus status,
    Instant arrivedAt,
    String topic,
    String department,
    String chamber,
    String advisorId,
    String maskedCallerNumber,
    String companyName,
    String siren,
    String outcome,
    LocalDate followUpDate,
    Integer waitSeconds) {}
