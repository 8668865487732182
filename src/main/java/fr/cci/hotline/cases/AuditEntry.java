package fr.cci.hotline.cases;

import java.time.Instant;

/**
 * One line of the audit trail: who saw or changed what, when, and from which address.
 *
 * @param action {@code VIEW}, {@code SCREEN_POP}, {@code SAVE}, {@code EXPORT}, {@code ERASE}…
 * @param detail what changed, never the notes' content
 */
public record AuditEntry(
    long id,
    Instant at,
    String username,
    String action,
    String caseNumber,
    String detail,
    String address) {}
