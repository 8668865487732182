package fr.cci.hotline.cases;

import java.time.LocalDate;

/**
 * What a case search asks for; every criterion left null (or blank) matches every case.
 *
 * @param from first day of arrival, inclusive (in the hotline's time zone)
 * @param to last day of arrival, inclusive
 * @param words words that must all appear in the company name or the notes, ignoring case
 */
public record CaseFilter(
    CaseStatus status,
    String department,
    String chamber,
    String advisorId,
    LocalDate from,
    LocalDate to,
    String siren,
    String words) {

  public static final CaseFilter ALL =
      new CaseFilter(null, null, null, null, null, null, null, null);

  public CaseFilter {
    department = blankToNull(department);
    chamber = blankToNull(chamber);
    advisorId = blankToNull(advisorId);
    siren = siren == null || siren.isBlank() ? null : siren.replaceAll("\\s", "");
    words = blankToNull(words);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
