package fr.cci.hotline.cases.records;

import fr.cci.hotline.cases.CallerData;
import fr.cci.hotline.cases.CaseCompletion;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseFilter;
import fr.cci.hotline.cases.CaseRecords;
import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.cases.CaseSummary;
import fr.cci.hotline.ivr.IvrSettings;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The case records as the screens read and complete them, straight from the database. */
@Service
class StoredCaseRecords implements CaseRecords, CallerData {

  private final StoredCases cases;
  private final CaseOffers offers;
  private final CaseDrafts drafts;
  private final IvrSettings hotline;
  private final Clock clock;

  StoredCaseRecords(
      StoredCases cases, CaseOffers offers, CaseDrafts drafts, IvrSettings hotline, Clock clock) {
    this.cases = cases;
    this.offers = offers;
    this.drafts = drafts;
    this.hotline = hotline;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CaseDetails> find(String caseNumber) {
    return cases.findById(caseNumber).map(this::details);
  }

  @Override
  @Transactional(readOnly = true)
  public List<CaseDetails> recentOf(String advisorId, int max) {
    return cases
        .findByAdvisorIdOrderByArrivedAtDesc(advisorId, PageRequest.of(0, Math.max(1, max)))
        .stream()
        .map(this::details)
        .toList();
  }

  @Override
  @Transactional
  public CaseDetails complete(String caseNumber, CaseCompletion completion, String by) {
    CaseRecord record =
        cases
            .findById(caseNumber)
            .orElseThrow(() -> new NoSuchElementException("no case " + caseNumber));
    record.complete(completion, by, clock.instant());
    drafts.deleteByCase(caseNumber);
    return details(record);
  }

  @Override
  @Transactional(readOnly = true)
  public Page<CaseSummary> search(
      CaseFilter filter, String scopeAdvisor, String scopeChamber, Pageable page) {
    return cases
        .findAll(CaseSearch.of(filter, scopeAdvisor, scopeChamber, hotline.timeZone()), page)
        .map(CaseRecord::summary);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<String> caseNumberOfCall(String callId) {
    return cases.findFirstByCallIdOrderByArrivedAtDesc(callId).map(CaseRecord::caseNumber);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CaseDetails> currentCaseOf(String advisorId) {
    return cases
        .findByAdvisorIdAndStatusInOrderByArrivedAtDesc(
            advisorId,
            EnumSet.of(CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS),
            PageRequest.of(0, 1))
        .stream()
        .findFirst()
        .map(this::details);
  }

  @Override
  @Transactional(readOnly = true)
  public List<CaseSummary> followUpsDue(String advisorId, LocalDate day) {
    return cases.findByAdvisorIdAndFollowUpDateOrderByArrivedAtAsc(advisorId, day).stream()
        .map(CaseRecord::summary)
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<CaseSummary> earlierCasesOf(String caseNumber, int max) {
    return cases
        .findById(caseNumber)
        .filter(record -> record.callerNumber() != null)
        .map(
            record ->
                cases
                    .findByCallerNumberAndArrivedAtBeforeOrderByArrivedAtDesc(
                        record.callerNumber(), record.arrivedAt(), PageRequest.of(0, max))
                    .stream()
                    .map(CaseRecord::summary)
                    .toList())
        .orElse(List.of());
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<String> draft(String caseNumber, String username) {
    return drafts.findById(new CaseDraft.Key(caseNumber, username)).map(CaseDraft::content);
  }

  @Override
  @Transactional
  public void saveDraft(String caseNumber, String username, String content) {
    if (!cases.existsById(caseNumber)) {
      throw new NoSuchElementException("no case " + caseNumber);
    }
    drafts.save(new CaseDraft(caseNumber, username, content, clock.instant()));
  }

  @Override
  @Transactional(readOnly = true)
  public List<CaseDetails> casesOf(String callerNumber) {
    return cases.findByCallerNumberOrderByArrivedAtAsc(callerNumber).stream()
        .map(this::details)
        .toList();
  }

  @Override
  @Transactional
  public int erase(String callerNumber) {
    drafts.deleteOfCaller(callerNumber);
    return cases.eraseCaller(callerNumber);
  }

  private CaseDetails details(CaseRecord record) {
    return record.details(offers.findByCaseNumberOrderByOfferedAtAscIdAsc(record.caseNumber()));
  }
}
