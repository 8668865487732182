package fr.cci.hotline.cases.access;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The audit trail as stored. */
interface AuditRecords extends JpaRepository<AuditRecord, Long> {

  Page<AuditRecord> findAllByOrderByOccurredAtDescIdDesc(Pageable page);

  Page<AuditRecord> findByCaseNumberOrderByOccurredAtDescIdDesc(String caseNumber, Pageable page);

  List<AuditRecord> findByCaseNumberInOrderByOccurredAtAscIdAsc(Collection<String> caseNumbers);
}
