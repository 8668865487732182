package fr.cci.hotline.cases.journal;

/**
 * What the writer does with each journal entry, inside its transaction: apply it to the case
 * records, at most once. The journal knows how entries wait and are retried, not what they mean.
 */
public interface EntryHandler {

  /**
   * Applies one entry, unless it was applied before.
   *
   * @throws RuntimeException when the database fails or refuses: the writer tells the two apart
   */
  void apply(JournalEntry entry);
}
