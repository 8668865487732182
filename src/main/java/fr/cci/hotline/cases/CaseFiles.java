package fr.cci.hotline.cases;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Cases as people reach them, from the pages and the API: every read and change is checked against
 * the access rules and written to the audit trail (who, when, what, from which address).
 *
 * <ul>
 *   <li>an ADVISOR sees and edits the cases of their chamber and their own;
 *   <li>a SUPERVISOR reads every case;
 *   <li>an ADMIN reads and edits every case, reads the audit trail, exports and erases a caller.
 * </ul>
 *
 * Methods throw {@link NoSuchElementException} for an unknown case, {@link AccessDeniedException}
 * when the rules forbid, {@link FieldsRefused} for a form with mistakes, and {@link
 * IllegalStateException} for a case whose call is not over yet.
 */
public interface CaseFiles {

  /** The whole case, caller number included; audited as a view. */
  CaseDetails open(Viewer viewer, String caseNumber);

  /** Whether the viewer may change the case (read access is checked by {@link #open}). */
  boolean mayEdit(Viewer viewer, CaseDetails details);

  /** Saves the form and closes the case; audited with what changed, never the notes' text. */
  CaseDetails save(Viewer viewer, String caseNumber, CaseCompletion form);

  /** The cases the viewer may see that match the filter; caller numbers masked. */
  Page<CaseSummary> search(Viewer viewer, CaseFilter filter, Pageable page);

  /**
   * The case an advisor's phone is ringing for, shown on their screen: routing chose them, so no
   * rule is checked; audited as a screen pop.
   */
  Optional<CaseDetails> screenPop(Viewer viewer, String caseNumber);

  /** The viewer's half-filled form for the case, if any. */
  Optional<String> draft(Viewer viewer, String caseNumber);

  /** Keeps a half-filled form (form-encoded fields) until it is saved. */
  void saveDraft(Viewer viewer, String caseNumber, String content);

  /** ADMIN: every case of the number, whole, and the audit trail of those cases; audited. */
  CallerExport exportCaller(Viewer viewer, String callerNumber);

  /**
   * ADMIN: erases the number and every personal field of its cases, and the audit lines' details
   * that could name it; the erasure's own audit line is the only trace left of the number.
   *
   * @return how many cases were concerned
   */
  int eraseCaller(Viewer viewer, String callerNumber);

  /** ADMIN: the audit trail, most recent first, for one case or (null) all. */
  Page<AuditEntry> audit(Viewer viewer, String caseNumber, Pageable page);

  /** What an export holds: the cases and who saw or changed them. */
  record CallerExport(String callerNumber, List<CaseDetails> cases, List<AuditEntry> audit) {}
}
