package fr.cci.hotline.cases.records;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The rings of advisors' phones, per case. */
interface CaseOffers extends JpaRepository<CaseOffer, Long> {

  List<CaseOffer> findByCaseNumberOrderByOfferedAtAscIdAsc(String caseNumber);

  Optional<CaseOffer> findByCaseNumberAndAdvisorIdAndOfferedAt(
      String caseNumber, String advisorId, Instant offeredAt);

  /** The advisor's phone still ringing for this case, if any: the one an outcome belongs to. */
  Optional<CaseOffer> findFirstByCaseNumberAndAdvisorIdAndOutcomeIsNullOrderByOfferedAtDesc(
      String caseNumber, String advisorId);

  List<CaseOffer> findByCaseNumberAndOutcomeIsNull(String caseNumber);
}
