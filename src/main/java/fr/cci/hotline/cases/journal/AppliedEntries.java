package fr.cci.hotline.cases.journal;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The journal entries already applied. */
public interface AppliedEntries extends JpaRepository<AppliedEntry, String> {

  /** Which of these entries were applied before: one query for a whole batch. */
  @Query("select a.entryId from AppliedEntry a where a.entryId in :ids")
  Set<String> appliedAmong(Collection<String> ids);

  @Modifying
  @Query("delete from AppliedEntry a where a.appliedAt < :before")
  int deleteAppliedBefore(Instant before);
}
