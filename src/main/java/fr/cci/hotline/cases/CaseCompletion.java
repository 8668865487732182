package fr.cci.hotline.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * What an advisor writes in a case form. Checked by {@link CaseForm} before it is stored.
 *
 * @param companyName confidential, erased at the end of retention
 * @param siren the company's 9-digit SIREN (its last digit is a Luhn key); confidential
 * @param sizeBand a {@link SizeBand} name, or null
 * @param topic a menu topic code ({@code tresorerie}…): the advisor may correct the caller's choice
 * @param notes free text: confidential, erased at the end of retention
 * @param partners codes of the orientation partners (reference data), possibly several
 * @param outcome a {@link CaseOutcome} name
 * @param followUpDate when to get back to the caller, or null
 */
public record CaseCompletion(
    String companyName,
    String siren,
    String sizeBand,
    String topic,
    String notes,
    List<String> partners,
    String outcome,
    LocalDate followUpDate) {

  public CaseCompletion {
    partners = partners == null ? List.of() : List.copyOf(partners);
  }

  /** Keeps the company and the notes out of logs and error messages. */
  @Override
  public String toString() {
    return "CaseCompletion[" + outcome + "]";
  }
}
