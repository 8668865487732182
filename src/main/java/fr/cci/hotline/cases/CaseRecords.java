package fr.cci.hotline.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The case records, for the screens. Reads and completions go to the database directly (they serve
 * a person at a screen, who can be told to try again); the calls' own events go through the case
 * journal and never wait for the database. No access rule is applied here: people reach cases
 * through {@link CaseFiles}, which checks and audits.
 */
public interface CaseRecords {

  Optional<CaseDetails> find(String caseNumber);

  /** The cases assigned to or handled by an advisor, most recent first. */
  List<CaseDetails> recentOf(String advisorId, int max);

  /**
   * Records what the advisor wrote and closes the case.
   *
   * @param by the user who saved the form
   * @throws NoSuchElementException when there is no such case (yet)
   * @throws IllegalStateException while the call is still in the menu, waiting or ringing
   */
  CaseDetails complete(String caseNumber, CaseCompletion completion, String by);

  /**
   * The cases matching {@code filter}; with {@code scopeAdvisor} or {@code scopeChamber}, only the
   * cases of that chamber or handled by that advisor.
   */
  Page<CaseSummary> search(
      CaseFilter filter, String scopeAdvisor, String scopeChamber, Pageable page);

  /** The case of a call, by the caller channel's unique id. */
  Optional<String> caseNumberOfCall(String callId);

  /** The advisor's case whose call is not over for them (ringing, talking, form to fill). */
  Optional<CaseDetails> currentCaseOf(String advisorId);

  /** The advisor's cases with a follow-up planned on {@code day}. */
  List<CaseSummary> followUpsDue(String advisorId, LocalDate day);

  /** The same caller number's cases before this one, most recent first. */
  List<CaseSummary> earlierCasesOf(String caseNumber, int max);

  /** The user's half-filled form for the case (form-encoded fields), if any. */
  Optional<String> draft(String caseNumber, String username);

  void saveDraft(String caseNumber, String username, String content);
}
