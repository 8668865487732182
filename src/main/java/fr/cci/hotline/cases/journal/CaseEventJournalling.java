package fr.cci.hotline.cases.journal;

import fr.cci.hotline.ivr.CallAbandoned;
import fr.cci.hotline.ivr.CallArrived;
import fr.cci.hotline.ivr.CallClosedLine;
import fr.cci.hotline.ivr.CallerLocated;
import fr.cci.hotline.ivr.TopicChosen;
import fr.cci.hotline.routing.AdvisorOffered;
import fr.cci.hotline.routing.CallAnswered;
import fr.cci.hotline.routing.CallCompleted;
import fr.cci.hotline.routing.CallQueued;
import fr.cci.hotline.routing.CallbackAttemptFailed;
import fr.cci.hotline.routing.CallbackCancelled;
import fr.cci.hotline.routing.CallbackFailed;
import fr.cci.hotline.routing.CallbackRequested;
import fr.cci.hotline.routing.CallbackTriggered;
import fr.cci.hotline.routing.CallerLeftWaiting;
import fr.cci.hotline.routing.LineClosedWhileWaiting;
import fr.cci.hotline.routing.OfferDeclined;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands every event that concerns a case to the journal. These listeners run on the publisher's
 * thread, usually a caller's FastAGI thread: they append and return, and never touch the database.
 */
@Component
class CaseEventJournalling {

  private final CaseJournal journal;

  CaseEventJournalling(CaseJournal journal) {
    this.journal = journal;
  }

  /** Opens the case. */
  @EventListener
  void on(CallArrived event) {
    journal.append(event.caseNumber(), event.at(), event);
  }

  @EventListener
  void on(TopicChosen event) {
    journal.append(event.caseNumber(), event.at(), event);
  }

  @EventListener
  void on(CallerLocated event) {
    journal.append(event.caseNumber(), event.at(), event);
  }

  @EventListener
  void on(CallAbandoned event) {
    journal.append(event.caseNumber(), event.at(), event);
  }

  @EventListener
  void on(CallClosedLine event) {
    journal.append(event.caseNumber(), event.at(), event);
  }

  @EventListener
  void on(CallQueued event) {
    journal.append(event.caseNumber(), event.at(), event);
  }

  @EventListener
  void on(AdvisorOffered event) {
    journal.append(event.caseNumber(), event.at(), event);
  }

  @EventListener
  void on(OfferDeclined event) {
    journal.append(event.caseNumber(), event.at(), event);
  }

  @EventListener
  void on(CallAnswered event) {
    journal.append(event.caseNumber(), event.at(), event);
  }

  @EventListener
  void on(CallCompleted event) {
    journal.append(event.caseNumber(), event.at(), event);
  }

  @EventListener
  void on(CallerLeftWaiting event) {
    journal.append(event.caseNumber(), event.at(), event);
  }

  @EventListener
  void on(CallbackRequested event) {
    journal.append(event.caseNumber(), event.at(), event);
  }

  @EventListener
  void on(LineClosedWhileWaiting event) {
    journal.append(event.caseNumber(), event.at(), event);
  }

  @EventListener
  void on(CallbackAttemptFailed event) {
    journal.append(event.caseNumber(), event.at(), event);
  }

  @EventListener
  void on(CallbackFailed event) {
    journal.append(event.caseNumber(), event.at(), event);
  }

  @EventListener
  void on(CallbackTriggered event) {
    journal.append(event.caseNumber(), event.at(), event);
  }

  @EventListener
  void on(CallbackCancelled event) {
    journal.append(event.caseNumber(), event.at(), event);
  }
}
