package fr.cci.hotline.cases.journal;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The journal entries already applied. */
public interface AppliedEntries extends JpaRepository<AppliedEntry, String> {

  @Modifying
  @Query("delete from AppliedEntry a where a.appliedAt < :before")
  int deleteAppliedBefore(Instant before);
}
