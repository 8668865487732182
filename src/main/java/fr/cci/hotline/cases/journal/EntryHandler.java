package fr.cci.hotline.cases.journal;

import java.util.List;

/**
 * What the writer does with the journal's entries, inside its transaction: apply them to the case
 * records, each at most once. The journal knows how entries wait and are retried, not what they
 * mean.
 */
public interface EntryHandler {

  /**
   * Applies these entries in order, each unless it was applied before (in an earlier transaction or
   * earlier in the list).
   *
   * @throws RuntimeException when the database fails or refuses: the writer tells the two apart
   */
  void apply(List<JournalEntry> entries);
}
