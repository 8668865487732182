package fr.cci.hotline.cases.records;

import fr.cci.hotline.cases.CaseHistory;
import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.cases.CaseTimes;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link CaseHistory} straight from the case records, without their personal data. */
@Service
class StoredCaseHistory implements CaseHistory {

  private final StoredCases cases;

  StoredCaseHistory(StoredCases cases) {
    this.cases = cases;
  }

  @Override
  @Transactional(readOnly = true)
  public List<CaseTimes> arrivedBetween(Instant from, Instant to) {
    return cases.timesOfArrivals(Columns.time(from), Columns.time(to));
  }

  @Override
  @Transactional(readOnly = true)
  public long callbacksPending() {
    return cases.countByStatus(CaseStatus.CALLBACK_PENDING);
  }
}
