package fr.cci.hotline.cases.records;

import fr.cci.hotline.advisors.Advisor;
import fr.cci.hotline.advisors.AdvisorDirectory;
import fr.cci.hotline.advisors.Chambers;
import fr.cci.hotline.cases.CasesSettings;
import fr.cci.hotline.cases.journal.AppliedEntries;
import fr.cci.hotline.cases.journal.AppliedEntry;
import fr.cci.hotline.cases.journal.EntryHandler;
import fr.cci.hotline.cases.journal.JournalEntry;
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
import fr.cci.hotline.telephony.ChannelHungUp;
import fr.cci.hotline.telephony.DialStatus;
import fr.cci.hotline.telephony.FallbackCallEnded;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Applies journal entries to the case records, inside the writer's transaction. Each entry is
 * applied at most once (its id is recorded with its effect); a case that does not exist yet is
 * opened from whatever event comes first, so that no event is dropped.
 */
@Component
class CaseUpdates implements EntryHandler {

  private final Chambers chambers;
  private final AdvisorDirectory directory;
  private final StoredCases cases;
  private final CaseOffers offers;
  private final AppliedEntries appliedEntries;
  private final CasesSettings settings;
  private final Clock clock;
  private final Counter opened;

  CaseUpdates(
      Chambers chambers,
      AdvisorDirectory directory,
      StoredCases cases,
      CaseOffers offers,
      AppliedEntries appliedEntries,
      CasesSettings settings,
      Clock clock,
      MeterRegistry meters) {
    this.chambers = chambers;
    this.directory = directory;
    this.cases = cases;
    this.offers = offers;
    this.appliedEntries = appliedEntries;
    this.settings = settings;
    this.clock = clock;
    this.opened =
        Counter.builder("hotline.cases.opened")
            .description("Case records opened, one per call")
            .register(meters);
  }

  /**
   * Applies each entry not applied before. Needs a transaction. Which were applied is asked once
   * for the whole list: a query per entry would also flush the whole persistence context each time.
   */
  @Override
  public void apply(List<JournalEntry> entries) {
    Set<String> applied =
        new HashSet<>(appliedEntries.appliedAmong(entries.stream().map(JournalEntry::id).toList()));
    Instant now = clock.instant();
    for (JournalEntry entry : entries) {
      if (applied.add(entry.id())) {
        apply(entry);
        appliedEntries.save(new AppliedEntry(entry, now));
      }
    }
  }

  private void apply(JournalEntry entry) {
    CaseRecord record = cases.findById(entry.caseNumber()).orElseGet(() -> open(entry));
    Object event = entry.event();
    if (event instanceof CallArrived arrived) {
      arrived(record, arrived);
    } else if (event instanceof TopicChosen topic) {
      record.topicChosen(topic.topic());
    } else if (event instanceof CallerLocated located) {
      record.located(located.department(), located.postalCode(), homeChamber(located.department()));
    } else if (event instanceof CallAbandoned abandoned) {
      record.hungUp(abandoned.step(), null, abandoned.at());
    } else if (event instanceof CallClosedLine closed) {
      record.reachedClosedLine(closed.callbackRequested(), closed.at());
    } else if (event instanceof CallQueued queued) {
      record.queued(queued.callId(), queued.department(), queued.at());
    } else if (event instanceof AdvisorOffered offered) {
      offered(record, offered);
    } else if (event instanceof OfferDeclined declined) {
      declined(record, declined);
    } else if (event instanceof CallAnswered answered) {
      answered(record, answered);
    } else if (event instanceof CallCompleted completed) {
      record.callEnded(completed.advisorId(), completed.talked(), completed.at());
    } else if (event instanceof CallerLeftWaiting left) {
      leftWaiting(record, left);
    } else if (event instanceof CallbackRequested callback) {
      record.callbackRequested(
          callback.callerNumber(), callback.department(), callback.arrivedAt());
    } else if (event instanceof LineClosedWhileWaiting closed) {
      record.closedWhileWaiting(closed.department(), closed.waited(), closed.at());
    } else if (event instanceof CallbackAttemptFailed failed) {
      ownerNotReached(record, failed);
    } else if (event instanceof CallbackFailed failed) {
      record.callbackFailed(failed.at());
    } else if (event instanceof CallbackTriggered triggered) {
      record.callbackRetried();
    } else if (event instanceof CallbackCancelled cancelled) {
      record.callbackCancelled(cancelled.at());
    } else if (event instanceof FallbackCallEnded fallback) {
      fallbackEnded(record, fallback);
    } else if (event instanceof ChannelHungUp hangup) {
      record.channelEnded(hangup.at());
    } else {
      throw new IllegalArgumentException("not a case event: " + entry.kind());
    }
    record.retainFor(settings.retention());
  }

  private CaseRecord open(JournalEntry entry) {
    Instant arrivedAt = entry.at();
    if (entry.event() instanceof CallbackRequested callback && callback.arrivedAt() != null) {
      arrivedAt = callback.arrivedAt();
    }
    CaseRecord record = new CaseRecord(entry.caseNumber(), arrivedAt);
    record.retainFor(settings.retention());
    // Flushed now: the offers refer to it, and the counter must only count committed cases.
    cases.saveAndFlush(record);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            opened.increment();
          }
        });
    return record;
  }

  /** A returning caller's case points to their previous one within the link window. */
  private void arrived(CaseRecord record, CallArrived event) {
    record.arrived(
        event.callId(), event.callerNumber(), event.dialledNumber(), event.open(), event.at());
    Duration window = settings.linkWindow();
    if (event.callerNumber() == null || !event.callerNumber().presented() || window.isZero()) {
      return;
    }
    Instant at = record.arrivedAt();
    cases
        .earlierCases(
            record.callerNumber(), record.caseNumber(), at.minus(window), at, PageRequest.of(0, 1))
        .stream()
        .findFirst()
        .ifPresent(record::linkTo);
  }

  private void offered(CaseRecord record, AdvisorOffered event) {
    record.offered(event.callId(), event.advisorId(), event.chamber());
    if (event.advisorId() != null) {
      recorded(record.caseNumber(), event.advisorId(), event.chamber(), event.at());
    }
  }

  private void declined(CaseRecord record, OfferDeclined event) {
    record.declined(event.advisorId());
    if (event.advisorId() != null) {
      Instant offeredAt = event.rang() != null ? event.at().minus(event.rang()) : event.at();
      ring(record.caseNumber(), event.advisorId(), null, offeredAt)
          .ended(event.outcome(), event.rang(), event.at());
    }
  }

  private void answered(CaseRecord record, CallAnswered event) {
    record.answered(
        event.advisorId(), event.chamber(), event.department(), event.waited(), event.at());
    if (event.advisorId() != null) {
      ring(record.caseNumber(), event.advisorId(), event.chamber(), event.at())
          .ended(DialStatus.ANSWER, null, event.at());
    }
  }

  /** The advisor took the call-back: their ring ended answered, the owner's phone did not. */
  private void ownerNotReached(CaseRecord record, CallbackAttemptFailed event) {
    record.ownerNotReached(event.advisorId());
    if (event.advisorId() != null) {
      ring(record.caseNumber(), event.advisorId(), null, event.at())
          .ended(DialStatus.ANSWER, null, event.at());
    }
  }

  /** The member who answered in the fallback queue is known by their phone's interface. */
  private void fallbackEnded(CaseRecord record, FallbackCallEnded event) {
    if (event.outcome() == FallbackCallEnded.Outcome.ANSWERED) {
      String advisor =
          event.member() == null
              ? null
              : directory.findByPhone(event.member()).map(Advisor::id).orElse(null);
      record.answeredInFallbackQueue(advisor, event.at());
    } else {
      record.leftFallbackQueue(event.outcome().name(), event.at());
    }
  }

  /** The phones still ringing for a caller who hung up stopped with the caller. */
  private void leftWaiting(CaseRecord record, CallerLeftWaiting event) {
    record.routedFor(event.department());
    record.hungUp(CaseRecord.WAITING, event.waited(), event.at());
    offers
        .findByCaseNumberAndOutcomeIsNull(record.caseNumber())
        .forEach(ringing -> ringing.ended(DialStatus.CANCEL, null, event.at()));
  }

  /**
   * The advisor's ring this event is about: the one still ringing, else the one recorded at that
   * instant (a repeated event), else a new one (its offer was lost).
   */
  private CaseOffer ring(String caseNumber, String advisorId, String chamber, Instant offeredAt) {
    String advisor = Columns.fit(advisorId, 40);
    Optional<CaseOffer> ringing =
        offers.findFirstByCaseNumberAndAdvisorIdAndOutcomeIsNullOrderByOfferedAtDesc(
            caseNumber, advisor);
    return ringing.orElseGet(() -> recorded(caseNumber, advisor, chamber, offeredAt));
  }

  /** The ring offered at that instant: recorded once, however often the event comes. */
  private CaseOffer recorded(
      String caseNumber, String advisorId, String chamber, Instant offeredAt) {
    String advisor = Columns.fit(advisorId, 40);
    return offers
        .findByCaseNumberAndAdvisorIdAndOfferedAt(caseNumber, advisor, Columns.time(offeredAt))
        .orElseGet(() -> offers.save(new CaseOffer(caseNumber, advisor, chamber, offeredAt)));
  }

  private String homeChamber(String department) {
    return department == null
        ? null
        : chambers.serving(department).stream().findFirst().orElse(null);
  }
}
