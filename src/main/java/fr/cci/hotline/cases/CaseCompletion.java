package fr.cci.hotline.cases;

import java.time.LocalDate;

/**
 * What an advisor writes in a case after the call.
 *
 * @param orientation who the caller was oriented to (URSSAF, CCSF, credit mediation…)
 * @param notes free text: confidential, erased at the end of retention
 * @param followUpDate when to get back to the caller, or null
 */
public record CaseCompletion(String orientation, String notes, LocalDate followUpDate) {}
