package fr.cci.hotline.cases;

import java.util.List;

/**
 * Everything the hotline holds about one caller number, for a data subject's requests (GDPR
 * articles 15 and 17). No access rule here: {@link CaseFiles} checks and audits.
 */
public interface CallerData {

  /** Every case of the number, oldest first, whole. */
  List<CaseDetails> casesOf(String callerNumber);

  /**
   * Erases the number and the personal fields (company, SIREN, notes, postal code) from every case
   * of the number, and their drafts; the statistics stay.
   *
   * @return how many cases were concerned
   */
  int erase(String callerNumber);
}
