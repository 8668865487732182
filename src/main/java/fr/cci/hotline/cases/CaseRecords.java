package fr.cci.hotline.cases;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The case records, for the screens. Reads and completions go to the database directly (they serve
 * a person at a screen, who can be told to try again); the calls' own events go through the case
 * journal and never wait for the database.
 */
public interface CaseRecords {

  Optional<CaseDetails> find(String caseNumber);

  /** The cases assigned to or handled by an advisor, most recent first. */
  List<CaseDetails> recentOf(String advisorId, int max);

  /**
   * Records what the advisor wrote and closes the case.
   *
   * @throws NoSuchElementException when there is no such case (yet)
   * @throws IllegalStateException while the call is still in the menu, waiting or ringing
   */
  CaseDetails complete(String caseNumber, CaseCompletion completion);
}
