package fr.cci.hotline.cases.access;

import fr.cci.hotline.cases.AuditEntry;
import fr.cci.hotline.cases.Viewer;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit trail. A line joins the transaction of what it records, so that a
 * change and its audit line are stored together or not at all.
 */
@Component
class AuditTrail {

  /** What is audited. */
  enum Action {
    VIEW,
    SCREEN_POP,
    SAVE,
    EXPORT,
    ERASE
  }

  private final AuditRecords records;
  private final Clock clock;

  AuditTrail(AuditRecords records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  @Transactional
  void record(Viewer viewer, Action action, String caseNumber, String detail) {
    records.save(
        new AuditRecord(
            clock.instant(),
            viewer.username(),
            action.name(),
            caseNumber,
            detail,
            viewer.address()));
  }

  @Transactional(readOnly = true)
  Page<AuditEntry> entries(String caseNumber, Pageable page) {
    Page<AuditRecord> found =
        caseNumber == null
            ? records.findAllByOrderByOccurredAtDescIdDesc(page)
            : records.findByCaseNumberOrderByOccurredAtDescIdDesc(caseNumber, page);
    return found.map(AuditRecord::entry);
  }

  @Transactional(readOnly = true)
  List<AuditEntry> ofCases(Collection<String> caseNumbers) {
    return records.findByCaseNumberInOrderByOccurredAtAscIdAsc(caseNumbers).stream()
        .map(AuditRecord::entry)
        .toList();
  }
}
