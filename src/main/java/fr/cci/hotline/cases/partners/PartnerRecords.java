package fr.cci.hotline.cases.partners;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The stored orientation partners. */
interface PartnerRecords extends JpaRepository<PartnerRecord, String> {

  @Query("select p from PartnerRecord p order by p.position, p.code")
  List<PartnerRecord> inOrder();
}
