package fr.cci.hotline.cases.records;

import fr.cci.hotline.cases.CaseCompletion;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseRecords;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The case records as the screens read and complete them, straight from the database. */
@Service
class StoredCaseRecords implements CaseRecords {

  private final StoredCases cases;
  private final CaseOffers offers;

  StoredCaseRecords(StoredCases cases, CaseOffers offers) {
    this.cases = cases;
    this.offers = offers;
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
  public CaseDetails complete(String caseNumber, CaseCompletion completion) {
    CaseRecord record =
        cases
            .findById(caseNumber)
            .orElseThrow(() -> new NoSuchElementException("no case " + caseNumber));
    record.complete(completion);
    return details(record);
  }

  private CaseDetails details(CaseRecord record) {
    return record.details(offers.findByCaseNumberOrderByOfferedAtAscIdAsc(record.caseNumber()));
  }
}
