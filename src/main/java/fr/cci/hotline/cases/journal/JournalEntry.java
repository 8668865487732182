package fr.cci.hotline.cases.journal;

import java.time.Instant;
import java.util.UUID;

/**
 * One event for a case, waiting in the journal to be written.
 *
 * @param id unique, so that the database can tell an entry it already applied
 * @param at when the event happened (not when it was journalled)
 * @param event one of the menu's or routing's event records
 */
public record JournalEntry(String id, String caseNumber, Instant at, Object event) {

  static JournalEntry of(String caseNumber, Instant at, Object event) {
    return new JournalEntry(UUID.randomUUID().toString(), caseNumber, at, event);
  }

  /** The event's type name, as spooled and as recorded in {@code case_event}. */
  public String kind() {
    return event.getClass().getSimpleName();
  }

  /** Events carry caller numbers: never print them. */
  @Override
  public String toString() {
    return "JournalEntry[" + id + ", " + caseNumber + ", " + kind() + "]";
  }
}
