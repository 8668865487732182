package fr.cci.hotline.cases.access;

import fr.cci.hotline.accounts.Role;
import fr.cci.hotline.cases.AuditEntry;
import fr.cci.hotline.cases.CallerData;
import fr.cci.hotline.cases.CaseCompletion;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseFiles;
import fr.cci.hotline.cases.CaseFilter;
import fr.cci.hotline.cases.CaseRecords;
import fr.cci.hotline.cases.CaseSummary;
import fr.cci.hotline.cases.Viewer;
import fr.cci.hotline.cases.access.AuditTrail.Action;
import fr.cci.hotline.telephony.CallerNumber;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The access rules and the audit trail around the case records. */
@Service
@Transactional
class GuardedCaseFiles implements CaseFiles {

  private final CaseRecords records;
  private final CallerData callers;
  private final CaseForm form;
  private final AuditTrail audit;

  GuardedCaseFiles(CaseRecords records, CallerData callers, CaseForm form, AuditTrail audit) {
    this.records = records;
    this.callers = callers;
    this.form = form;
    this.audit = audit;
  }

  @Override
  public CaseDetails open(Viewer viewer, String caseNumber) {
    CaseDetails details = readable(viewer, caseNumber);
    audit.record(viewer, Action.VIEW, caseNumber, null);
    return details;
  }

  @Override
  public boolean mayEdit(Viewer viewer, CaseDetails details) {
    return CaseAccess.mayEdit(viewer, details);
  }

  @Override
  public CaseDetails save(Viewer viewer, String caseNumber, CaseCompletion completion) {
    CaseDetails before = existing(caseNumber);
    if (!CaseAccess.mayEdit(viewer, before)) {
      throw new AccessDeniedException("case " + caseNumber + " is not editable by the viewer");
    }
    CaseCompletion checked = form.checked(completion);
    CaseDetails after = records.complete(caseNumber, checked, viewer.username());
    audit.record(viewer, Action.SAVE, caseNumber, changes(before, after));
    return after;
  }

  @Override
  @Transactional(readOnly = true)
  public Page<CaseSummary> search(Viewer viewer, CaseFilter filter, Pageable page) {
    if (viewer.readsEverything()) {
      return records.search(filter, null, null, page);
    }
    if (!viewer.is(Role.ADVISOR) || viewer.advisorId() == null) {
      throw new AccessDeniedException("no advisor behind this account");
    }
    return records.search(filter, viewer.advisorId(), viewer.chamber(), page);
  }

  @Override
  public Optional<CaseDetails> screenPop(Viewer viewer, String caseNumber) {
    Optional<CaseDetails> details = records.find(caseNumber);
    details.ifPresent(found -> audit.record(viewer, Action.SCREEN_POP, caseNumber, null));
    return details;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<String> draft(Viewer viewer, String caseNumber) {
    editable(viewer, caseNumber);
    return records.draft(caseNumber, viewer.username());
  }

  @Override
  public void saveDraft(Viewer viewer, String caseNumber, String content) {
    editable(viewer, caseNumber);
    records.saveDraft(caseNumber, viewer.username(), content);
  }

  @Override
  public CallerExport exportCaller(Viewer viewer, String callerNumber) {
    String number = administered(viewer, callerNumber);
    List<CaseDetails> cases = callers.casesOf(number);
    List<AuditEntry> trail = audit.ofCases(cases.stream().map(CaseDetails::caseNumber).toList());
    // The export's own line names the number masked: only the erasure keeps it whole.
    audit.record(
        viewer,
        Action.EXPORT,
        null,
        CallerNumber.of(number).masked() + " : " + cases.size() + " dossier(s)");
    return new CallerExport(number, cases, trail);
  }

  @Override
  public int eraseCaller(Viewer viewer, String callerNumber) {
    String number = administered(viewer, callerNumber);
    int erased = callers.erase(number);
    audit.record(viewer, Action.ERASE, null, number + " : " + erased + " dossier(s)");
    return erased;
  }

  @Override
  @Transactional(readOnly = true)
  public Page<AuditEntry> audit(Viewer viewer, String caseNumber, Pageable page) {
    if (!viewer.is(Role.ADMIN)) {
      throw new AccessDeniedException("the audit trail is for administrators");
    }
    return audit.entries(caseNumber, page);
  }

  private CaseDetails readable(Viewer viewer, String caseNumber) {
    CaseDetails details = existing(caseNumber);
    if (!CaseAccess.mayRead(viewer, details)) {
      throw new AccessDeniedException("case " + caseNumber + " is not readable by the viewer");
    }
    return details;
  }

  private void editable(Viewer viewer, String caseNumber) {
    if (!CaseAccess.mayEdit(viewer, existing(caseNumber))) {
      throw new AccessDeniedException("case " + caseNumber + " is not editable by the viewer");
    }
  }

  private CaseDetails existing(String caseNumber) {
    return records.find(caseNumber).orElseThrow(() -> new NoSuchElementException(caseNumber));
  }

  /** The number in its one stored form; administrators only. */
  private static String administered(Viewer viewer, String callerNumber) {
    if (!viewer.is(Role.ADMIN)) {
      throw new AccessDeniedException("caller data is for administrators");
    }
    CallerNumber number = CallerNumber.of(callerNumber);
    if (!number.presented()) {
      throw new IllegalArgumentException("not a caller number");
    }
    return number.value();
  }

  /** What the save changed, for the audit line: names of fields, never the notes' text. */
  private static String changes(CaseDetails before, CaseDetails after) {
    StringBuilder changed = new StringBuilder("statut ").append(after.status());
    changed.append(", résultat ").append(after.outcome());
    if (!after.partners().isEmpty()) {
      changed.append(", orientation ").append(String.join(" ", after.partners()));
    }
    if (!Objects.equals(before.notes(), after.notes())) {
      changed.append(", notes modifiées");
    }
    if (!Objects.equals(before.companyName(), after.companyName())
        || !Objects.equals(before.siren(), after.siren())) {
      changed.append(", entreprise modifiée");
    }
    if (after.followUpDate() != null) {
      changed.append(", suivi le ").append(after.followUpDate());
    }
    return changed.toString();
  }
}
