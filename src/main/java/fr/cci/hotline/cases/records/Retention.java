package fr.cci.hotline.cases.records;

import fr.cci.hotline.cases.CasesSettings;
import fr.cci.hotline.cases.journal.AppliedEntries;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases the personal data of cases past their retention date: the caller number, the company name,
 * the SIREN, the notes, the postal code and any half-filled form. What statistics need (times,
 * topic, département, chamber, advisor, status, size band, orientation, outcome) stays. The
 * applied-entry log older than the retention period goes too.
 */
@Component
class Retention {

  private static final Logger log = LoggerFactory.getLogger(Retention.class);

  private final StoredCases cases;
  private final AppliedEntries appliedEntries;
  private final CaseDrafts drafts;
  private final CasesSettings settings;
  private final Clock clock;

  Retention(
      StoredCases cases,
      AppliedEntries appliedEntries,
      CaseDrafts drafts,
      CasesSettings settings,
      Clock clock) {
    this.cases = cases;
    this.appliedEntries = appliedEntries;
    this.drafts = drafts;
    this.settings = settings;
    this.clock = clock;
  }

  /** Returns how many cases had personal data erased. */
  @Transactional
  public int erasePersonalData() {
    Instant now = clock.instant();
    drafts.deleteOfCasesPastRetention(now);
    int erased = cases.erasePersonalData(now);
    Instant before = now.atOffset(ZoneOffset.UTC).minus(settings.retention()).toInstant();
    appliedEntries.deleteAppliedBefore(before);
    log.info("Retention: personal data erased from {} case(s) past their retention date", erased);
    return erased;
  }
}
