package fr.cci.hotline.cases.records;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The half-filled case forms. */
interface CaseDrafts extends JpaRepository<CaseDraft, CaseDraft.Key> {

  @Modifying
  @Query("delete from CaseDraft d where d.caseNumber = :caseNumber")
  int deleteByCase(String caseNumber);

  /** The drafts of cases past retention go with the cases' personal data. */
  @Modifying
  @Query(
      "delete from CaseDraft d where d.caseNumber in"
          + " (select c.caseNumber from CaseRecord c where c.retentionUntil < :now)")
  int deleteOfCasesPastRetention(Instant now);

  /** The drafts of one caller's cases, before the caller's number is erased from them. */
  @Modifying
  @Query(
      "delete from CaseDraft d where d.caseNumber in"
          + " (select c.caseNumber from CaseRecord c where c.callerNumber = :number)")
  int deleteOfCaller(String number);
}
