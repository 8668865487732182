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
import fr.cci.hotline.routing.CallTakenOver;
import fr.cci.hotline.routing.CallbackAttemptFailed;
import fr.cci.hotline.routing.CallbackCancelled;
import fr.cci.hotline.routing.CallbackFailed;
import fr.cci.hotline.routing.CallbackRequested;
import fr.cci.hotline.routing.CallbackTriggered;
import fr.cci.hotline.routing.CallerLeftWaiting;
import fr.cci.hotline.routing.LineClosedWhileWaiting;
import fr.cci.hotline.routing.OfferDeclined;
import fr.cci.hotline.telephony.ChannelHungUp;
import fr.cci.hotline.telephony.FallbackCallEnded;
import fr.cci.hotline.telephony.LiveChannelsListed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands every event that concerns a case to the journal. These listeners run on the publisher's
 * thread, usually a caller's FastAGI thread or the PBX events' thread: they append and return, and
 * never touch the database.
 *
 * <p>The PBX's facts close what the scripts could not: a call the service let go without a decision
 * (the database was down) ends in the fallback queue or with its channel's hang-up, which only the
 * instance that opened the case journals, once.
 */
@Component
class CaseEventJournalling {

  private final CaseJournal journal;
  private final CallsFollowed calls;

  CaseEventJournalling(CaseJournal journal, CallsFollowed calls) {
    this.journal = journal;
    this.calls = calls;
  }

  /** Opens the case, and follows its call until its channel is gone. */
  @EventListener
  void on(CallArrived event) {
    journal.append(event.caseNumber(), event.at(), event);
    calls.arrived(event.callId(), event.caseNumber(), event.at());
  }

  /** The fallback queue answered or let go a call this instance opened a case for. */
  @EventListener
  void on(FallbackCallEnded event) {
    calls.caseOf(event.callId()).ifPresent(number -> journal.append(number, event.at(), event));
  }

  /** Another instance's caller, whose end the instance that closed their row hands over. */
  @EventListener
  void on(CallTakenOver event) {
    journal.append(event.caseNumber(), event.ended().at(), event.ended());
  }

  /**
   * The caller's channel is gone. Comes after the scripts' and the queue's own reports of the same
   * call (a FastAGI script ends before Asterisk destroys its channel; app_queue reports before the
   * hang-up), so it only settles a case nobody else did.
   */
  @EventListener
  void on(ChannelHungUp event) {
    calls.ended(event.uniqueId()).ifPresent(number -> journal.append(number, event.at(), event));
  }

  /** Calls whose hang-up was missed while the AMI link was down ended by the time of the list. */
  @EventListener
  void on(LiveChannelsListed live) {
    calls
        .endedAmong(live)
        .forEach(
            (callId, number) ->
                journal.append(
                    number,
                    live.askedAt(),
                    new ChannelHungUp(callId, null, null, 0, "", live.askedAt())));
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
