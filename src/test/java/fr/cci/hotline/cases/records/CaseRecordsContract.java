package fr.cci.hotline.cases.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.cases.Call;
import fr.cci.hotline.cases.CaseCompletion;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseFilter;
import fr.cci.hotline.cases.CaseHistory;
import fr.cci.hotline.cases.CaseRecords;
import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.cases.CaseSummary;
import fr.cci.hotline.cases.CaseTimes;
import fr.cci.hotline.cases.CasesSettings;
import fr.cci.hotline.cases.journal.AppliedEntries;
import fr.cci.hotline.cases.journal.JournalEntry;
import fr.cci.hotline.ivr.CallArrived;
import fr.cci.hotline.routing.CallbackRequested.Reason;
import fr.cci.hotline.routing.FindPreviousAdvisor;
import fr.cci.hotline.telephony.CallerNumber;
import fr.cci.hotline.telephony.DialStatus;
import fr.cci.hotline.telephony.FallbackCallEnded;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * From events to case rows, through the journal and the writer, on a real database: H2 and
 * PostgreSQL run the same behaviour in the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class CaseRecordsContract {

  static final Duration WRITTEN = Duration.ofSeconds(30);

  @Autowired ApplicationEventPublisher events;
  @Autowired CaseRecords records;
  @Autowired FindPreviousAdvisor previousAdvisor;
  @Autowired Retention retention;
  @Autowired StoredCases storedCases;
  @Autowired AppliedEntries appliedEntries;
  @Autowired CaseDrafts drafts;
  @Autowired CasesSettings settings;
  @Autowired CaseUpdates updates;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;
  @Autowired MeterRegistry meters;
  @Autowired CaseHistory history;

  @DynamicPropertySource
  static void journalOfItsOwn(DynamicPropertyRegistry registry) {
    Path directory = Path.of("target", "case-journals", UUID.randomUUID().toString());
    registry.add("hotline.cases.journal-dir", directory::toString);
  }

  @Test
  void aCallThatArrivesOpensACaseWithTheCallersDetails() {
    Call call = Call.arriving(Duration.ZERO);

    publish(call.arrived());

    CaseDetails opened = eventually(call, c -> true);
    assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(opened.callerNumber()).isEqualTo(call.callerNumber().value());
    assertThat(opened.dialledNumber()).isEqualTo(Call.HOTLINE);
    assertThat(opened.callId()).isEqualTo(call.callId());
    assertThat(opened.lineOpen()).isTrue();
    assertThat(opened.timeline().arrivedAt()).isEqualTo(call.arrivedAt());
    assertThat(opened.retentionUntil())
        .isEqualTo(call.arrivedAt().atOffset(ZoneOffset.UTC).plusYears(3).toInstant());
  }

  @Test
  void theMenuAddsTheTopicAndWhereTheCallerIs() {
    Call call = Call.arriving(Duration.ZERO);

    publish(call.arrived(), call.topic("tresorerie", 8), call.located("76", "76130", 15));

    CaseDetails located = eventually(call, c -> c.postalCode() != null);
    assertThat(located.topic()).isEqualTo("tresorerie");
    assertThat(located.department()).isEqualTo("76");
    assertThat(located.postalCode()).isEqualTo("76130");
  }

  @Test
  void anOfferedCallIsAssignedThenInProgressUntilTheAdvisorCompletesTheForm() {
    Call call = Call.arriving(Duration.ofMinutes(15));

    publish(call.arrived(), call.queued("76", 20), call.offeredTo("adv101", "rouen", 25));
    CaseDetails assigned = eventually(call, c -> c.status() == CaseStatus.ASSIGNED);
    publish(call.answeredBy("adv101", "rouen", 11, 31), call.completed("adv101", 600, 631));
    CaseDetails ended = eventually(call, c -> c.timeline().endedAt() != null);

    assertThat(assigned.advisorId()).isEqualTo("adv101");
    assertThat(ended.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(ended.chamber()).isEqualTo("rouen");
    assertThat(ended.timeline().queuedAt()).isEqualTo(call.at(20));
    assertThat(ended.timeline().answeredAt()).isEqualTo(call.at(31));
    assertThat(ended.timeline().menuSeconds()).as("arrival to the waiting line").isEqualTo(20);
    assertThat(ended.timeline().waitSeconds()).as("waiting line to the answer").isEqualTo(11);
    assertThat(ended.timeline().talkSeconds()).isEqualTo(600);
    assertThat(ended.retentionUntil())
        .isEqualTo(call.at(631).atOffset(ZoneOffset.UTC).plusYears(3).toInstant());
    assertThat(ended.offers())
        .singleElement()
        .satisfies(
            offer -> {
              assertThat(offer.outcome()).isEqualTo("ANSWER");
              assertThat(offer.ringSeconds()).isEqualTo(6);
            });

    CaseDetails closed =
        records.complete(
            call.caseNumber(),
            new CaseCompletion(
                "Boulangerie Lemoine",
                "732829320",
                "EMPLOYEES_0_5",
                null,
                "Échéancier à demander",
                List.of("urssaf"),
                "FOLLOW_UP_PLANNED",
                LocalDate.of(2026, 12, 1)),
            "claire.lemoine");

    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(records.find(call.caseNumber()).orElseThrow())
        .satisfies(
            c -> {
              assertThat(c.partners()).containsExactly("urssaf");
              assertThat(c.companyName()).isEqualTo("Boulangerie Lemoine");
              assertThat(c.outcome()).isEqualTo("FOLLOW_UP_PLANNED");
              assertThat(c.completedBy()).isEqualTo("claire.lemoine");
              assertThat(c.notes()).isEqualTo("Échéancier à demander");
              assertThat(c.followUpDate()).isEqualTo(LocalDate.of(2026, 12, 1));
            });
  }

  @Test
  void aCaseCannotBeCompletedWhileItsCallerIsStillInTheMenu() {
    Call call = Call.arriving(Duration.ZERO);
    publish(call.arrived());
    eventually(call, c -> true);

    assertThatThrownBy(
            () ->
                records.complete(
                    call.caseNumber(),
                    new CaseCompletion(
                        null, null, null, null, "", List.of(), "NO_ACTION_NEEDED", null),
                    "claire.lemoine"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aDeclinedOfferGoesBackToTheWaitingLineAndStaysInTheCaseHistory() {
    Call call = Call.arriving(Duration.ofMinutes(5));

    publish(
        call.arrived(),
        call.queued("14", 20),
        call.offeredTo("adv101", "caen", 21),
        call.declinedBy("adv101", DialStatus.NOANSWER, 20, 41));
    CaseDetails backInLine = eventually(call, c -> c.offers().size() == 1 && isOver(c));
    publish(call.offeredTo("adv102", "caen", 42), call.answeredBy("adv102", "caen", 30, 50));
    CaseDetails answered = eventually(call, c -> c.status() == CaseStatus.IN_PROGRESS);

    assertThat(backInLine.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(backInLine.advisorId()).isNull();
    assertThat(answered.advisorId()).isEqualTo("adv102");
    assertThat(answered.offers())
        .extracting(CaseDetails.Offer::advisorId, CaseDetails.Offer::outcome)
        .containsExactly(tuple("adv101", "NOANSWER"), tuple("adv102", "ANSWER"));
    assertThat(answered.offers().get(0).ringSeconds()).isEqualTo(20);
  }

  @Test
  void aCallerWhoHangsUpInTheMenuAbandonsAtThatStep() {
    Call call = Call.arriving(Duration.ofMinutes(1));

    publish(call.arrived(), call.topic("pge", 10), call.abandonedAt("department", 24));

    CaseDetails abandoned = eventually(call, c -> c.status() == CaseStatus.ABANDONED);
    assertThat(abandoned.stepReached()).isEqualTo("department");
    assertThat(abandoned.timeline().menuSeconds()).isEqualTo(24);
    assertThat(abandoned.timeline().waitSeconds()).as("never in the waiting line").isNull();
    assertThat(abandoned.timeline().endedAt()).isEqualTo(call.at(24));
    assertThat(abandoned.timeline().answeredAt()).isNull();
  }

  @Test
  void aCallerWhoLeavesTheWaitingLineAbandonsWhileWaitingAndStopsTheRinging() {
    Call call = Call.arriving(Duration.ofMinutes(3));

    publish(
        call.arrived(),
        call.queued("76", 20),
        call.offeredTo("adv103", "rouen", 90),
        call.leftWaiting(75, 95));

    CaseDetails abandoned = eventually(call, c -> c.status() == CaseStatus.ABANDONED);
    assertThat(abandoned.stepReached()).isEqualTo("waiting");
    assertThat(abandoned.timeline().menuSeconds()).isEqualTo(20);
    assertThat(abandoned.timeline().waitSeconds()).isEqualTo(75);
    assertThat(abandoned.offers())
        .singleElement()
        .satisfies(
            offer -> {
              assertThat(offer.outcome()).isEqualTo("CANCEL");
              assertThat(offer.ringSeconds()).isEqualTo(5);
            });
  }

  @Test
  void aCallerWhoAsksToBeCalledBackWaitsForTheCallback() {
    Call call = Call.arriving(Duration.ofMinutes(3));

    publish(
        call.arrived(),
        call.queued("50", 20),
        call.callbackRequested(Reason.WAITING, 80),
        call.leftWaiting(62, 82));

    CaseDetails pending = eventually(call, c -> c.timeline().endedAt() != null);
    assertThat(pending.status()).isEqualTo(CaseStatus.CALLBACK_PENDING);
    assertThat(pending.callbackRequested()).isTrue();
  }

  @Test
  void aCallOnAClosedLineIsClosedUnlessTheCallerWantsACallback() {
    Call nothingAsked = Call.arriving(Duration.ofMinutes(2));
    Call callbackAsked = Call.arriving(Duration.ofMinutes(2));

    publish(nothingAsked.arrivedOnClosedLine(), nothingAsked.closedLine(false, 30));
    publish(
        callbackAsked.arrivedOnClosedLine(),
        callbackAsked.closedLine(true, 40),
        callbackAsked.callbackRequested(Reason.LINE_CLOSED, 40));

    CaseDetails closed = eventually(nothingAsked, c -> c.timeline().endedAt() != null);
    CaseDetails toCallBack = eventually(callbackAsked, c -> c.callbackRequested());
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.lineOpen()).isFalse();
    assertThat(toCallBack.status()).isEqualTo(CaseStatus.CALLBACK_PENDING);
    assertThat(toCallBack.lineOpen()).isFalse();
  }

  @Test
  void aCallBackWhoseOwnerNeverAnswersFailsThenIsTriggeredAgainAndCancelled() {
    Call call = Call.arriving(Duration.ofHours(2));

    publish(
        call.arrived(),
        call.queued("76", 20),
        call.callbackRequested(Reason.WAITING, 60),
        call.leftWaiting(42, 62),
        call.callbackOfferedTo("adv109", "rouen", 600),
        call.ownerNotReached("adv109", 1, 640));
    CaseDetails retried = eventually(call, c -> c.offers().size() == 1 && c.advisorId() == null);
    assertThat(retried.status()).isEqualTo(CaseStatus.CALLBACK_PENDING);
    assertThat(retried.callId()).as("still the caller's own channel").isEqualTo(call.callId());
    assertThat(retried.offers())
        .extracting(CaseDetails.Offer::advisorId, CaseDetails.Offer::outcome)
        .containsExactly(tuple("adv109", "ANSWER"));

    publish(call.callbackOfferedTo("adv109", "rouen", 1600), call.callbackFailed("adv109", 1640));
    assertThat(eventually(call, c -> c.status() == CaseStatus.CALLBACK_FAILED).advisorId())
        .isNull();

    publish(call.callbackTriggered("sophie.martin", 4000));
    eventually(call, c -> c.status() == CaseStatus.CALLBACK_PENDING);
    publish(call.callbackCancelled("sophie.martin", 4100));
    CaseDetails cancelled = eventually(call, c -> c.status() == CaseStatus.CLOSED);
    assertThat(cancelled.callbackRequested()).isTrue();
  }

  @Test
  void aCallBackOwnerWhoAnswersPutsTheCaseInProgressWithTheAdvisor() {
    Call call = Call.arriving(Duration.ofHours(1));

    publish(
        call.arrivedOnClosedLine(),
        call.closedLine(true, 30),
        call.callbackRequested(Reason.LINE_CLOSED, 30),
        call.callbackOfferedTo("adv101", "caen", 900),
        call.answeredBy("adv101", "caen", 900, 930),
        call.completed("adv101", 300, 1230));

    CaseDetails reached = eventually(call, c -> c.timeline().talkSeconds() != null);
    assertThat(reached.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(reached.advisorId()).isEqualTo("adv101");
    assertThat(reached.offers())
        .extracting(CaseDetails.Offer::advisorId, CaseDetails.Offer::outcome)
        .containsExactly(tuple("adv101", "ANSWER"));
  }

  @Test
  void aCallerWhoseLineClosedWhileWaitingHasAClosedCaseWithTheWait() {
    Call call = Call.arriving(Duration.ofMinutes(10));

    publish(call.arrived(), call.queued("76", 20), call.lineClosedWhileWaiting(300));

    CaseDetails closed = eventually(call, c -> c.timeline().endedAt() != null);
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.timeline().waitSeconds()).isEqualTo(300);
  }

  @Test
  void aLateHangUpDoesNotUndoAnAnswer() {
    Call call = Call.arriving(Duration.ofMinutes(3));

    publish(
        call.arrived(),
        call.offeredTo("adv101", "rouen", 10),
        call.answeredBy("adv101", "rouen", 15, 15),
        call.leftWaiting(15, 15),
        call.abandonedAt("welcome", 15));

    CaseDetails answered = eventually(call, c -> c.timeline().answeredAt() != null);
    assertThat(answered.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(answered.stepReached()).isNull();
  }

  @Test
  void anEventForACaseNeverOpenedOpensItFromWhatTheEventKnows() {
    Call callback = Call.arriving(Duration.ofMinutes(4));
    Call offered = Call.arriving(Duration.ofMinutes(1));

    publish(callback.callbackRequested(Reason.WAITING, 60));
    publish(offered.offeredTo("adv102", "caen", 30));

    CaseDetails rebuilt = eventually(callback, c -> true);
    assertThat(rebuilt.status()).isEqualTo(CaseStatus.CALLBACK_PENDING);
    assertThat(rebuilt.callerNumber()).isEqualTo(callback.callerNumber().value());
    assertThat(rebuilt.timeline().arrivedAt()).isEqualTo(callback.arrivedAt());
    assertThat(eventually(offered, c -> true).status()).isEqualTo(CaseStatus.ASSIGNED);
  }

  @Test
  void aReturningCallerIsLinkedToTheirPreviousCaseWithinTheWindow() {
    Call first = Call.arriving(Duration.ofDays(10));
    Call second = Call.from(first.callerNumber(), Duration.ZERO);

    publish(first.arrived(), second.arrived());

    assertThat(eventually(second, c -> true).previousCaseNumber()).isEqualTo(first.caseNumber());
  }

  @Test
  void aCallerWhoLastCalledBeforeTheWindowIsNotLinked() {
    Call first = Call.arriving(Duration.ofDays(100));
    Call second = Call.from(first.callerNumber(), Duration.ZERO);

    publish(first.arrived(), second.arrived());

    assertThat(eventually(second, c -> true).previousCaseNumber()).isNull();
  }

  @Test
  void withheldNumbersAreNeverLinked() {
    for (String withheld : List.of("anonymous", "unknown", "")) {
      Call first = Call.from(withheld, Duration.ofDays(1));
      Call second = Call.from(withheld, Duration.ZERO);
      publish(
          first.arrived(),
          first.answeredBy("adv101", "rouen", 10, 10),
          first.completed("adv101", 60, 70),
          second.arrived());

      assertThat(eventually(second, c -> true).previousCaseNumber()).isNull();
      assertThat(previousAdvisor.previousAdvisorOf(CallerNumber.of(withheld))).isEmpty();
    }
  }

  @Test
  void theAdvisorWhoAnsweredTheCallersLastAnsweredCaseIsTheirPreviousAdvisor() {
    Call answered = Call.arriving(Duration.ofDays(10));
    Call abandoned = Call.from(answered.callerNumber(), Duration.ofDays(3));
    Call longAgo = Call.arriving(Duration.ofDays(100));

    publish(
        answered.arrived(),
        answered.answeredBy("adv107", "seine-estuaire", 20, 20),
        answered.completed("adv107", 300, 320),
        abandoned.arrived(),
        abandoned.abandonedAt("topic", 5),
        longAgo.arrived(),
        longAgo.answeredBy("adv108", "caen", 20, 20));
    eventually(longAgo, c -> c.status() == CaseStatus.IN_PROGRESS);
    eventually(abandoned, c -> c.status() == CaseStatus.ABANDONED);

    assertThat(previousAdvisor.previousAdvisorOf(answered.callerNumber())).contains("adv107");
    assertThat(previousAdvisor.previousAdvisorOf(longAgo.callerNumber())).isEmpty();
    assertThat(previousAdvisor.previousAdvisorOf(Call.newCallerNumber())).isEmpty();
  }

  @Test
  void anEntryAppliedTwiceIsAppliedOnce() {
    Call call = Call.arriving(Duration.ofMinutes(1));
    TransactionTemplate transaction = new TransactionTemplate(transactions);

    for (JournalEntry entry : entriesRepeated(call)) {
      transaction.executeWithoutResult(status -> updates.apply(List.of(entry)));
    }

    assertAppliedOnce(call);
  }

  @Test
  void anEntryRepeatedInOneBatchAndInTheNextIsAppliedOnce() {
    Call call = Call.arriving(Duration.ofMinutes(1));
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    List<JournalEntry> batch = entriesRepeated(call);

    transaction.executeWithoutResult(status -> updates.apply(batch));
    transaction.executeWithoutResult(status -> updates.apply(batch));

    assertAppliedOnce(call);
  }

  /** An arrival and an offer, each repeated, and the same offer again under another entry id. */
  private static List<JournalEntry> entriesRepeated(Call call) {
    JournalEntry arrival =
        new JournalEntry(
            UUID.randomUUID().toString(), call.caseNumber(), call.arrivedAt(), call.arrived());
    JournalEntry offer =
        new JournalEntry(
            UUID.randomUUID().toString(),
            call.caseNumber(),
            call.at(20),
            call.offeredTo("adv101", "rouen", 20));
    JournalEntry sameOfferAgain =
        new JournalEntry(
            UUID.randomUUID().toString(),
            call.caseNumber(),
            call.at(20),
            call.offeredTo("adv101", "rouen", 20));
    return List.of(arrival, offer, offer, arrival, sameOfferAgain, offer);
  }

  private void assertAppliedOnce(Call call) {
    CaseDetails details = records.find(call.caseNumber()).orElseThrow();
    assertThat(details.status()).isEqualTo(CaseStatus.ASSIGNED);
    assertThat(details.offers()).hasSize(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from case_event where case_number = ?",
                Integer.class,
                call.caseNumber()))
        .isEqualTo(3);
  }

  @Test
  void retentionErasesPersonalDataButKeepsTheStatistics() {
    Call old = Call.arriving(Duration.ofDays(4 * 366));
    Call recent = Call.arriving(Duration.ofDays(30));
    for (Call call : List.of(old, recent)) {
      publish(
          call.arrived(),
          call.topic("pge", 10),
          call.located("27", "27000", 20),
          call.answeredBy("adv104", "portes-normandie", 40, 40),
          call.completed("adv104", 900, 940));
      eventually(call, c -> c.timeline().endedAt() != null);
      records.complete(
          call.caseNumber(),
          new CaseCompletion(
              "Transports Duval",
              "732829320",
              "EMPLOYEES_10_49",
              null,
              "Confidentiel",
              List.of("mediation-credit"),
              "ORIENTATION_GIVEN",
              null),
          "nathalie.duval");
      records.saveDraft(call.caseNumber(), "nathalie.duval", "notes=Brouillon+confidentiel");
    }

    int erased = retention.erasePersonalData();

    assertThat(erased).isPositive();
    CaseDetails expired = records.find(old.caseNumber()).orElseThrow();
    assertThat(expired.callerNumber()).isNull();
    assertThat(expired.notes()).isNull();
    assertThat(expired.postalCode()).isNull();
    assertThat(expired.topic()).isEqualTo("pge");
    assertThat(expired.department()).isEqualTo("27");
    assertThat(expired.advisorId()).isEqualTo("adv104");
    assertThat(expired.companyName()).isNull();
    assertThat(expired.siren()).isNull();
    assertThat(records.draft(old.caseNumber(), "nathalie.duval")).isEmpty();
    assertThat(expired.partners()).containsExactly("mediation-credit");
    assertThat(expired.outcome()).isEqualTo("ORIENTATION_GIVEN");
    assertThat(expired.sizeBand()).isEqualTo("EMPLOYEES_10_49");
    assertThat(expired.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(expired.timeline().talkSeconds()).isEqualTo(900);
    CaseDetails kept = records.find(recent.caseNumber()).orElseThrow();
    assertThat(kept.callerNumber()).isEqualTo(recent.callerNumber().value());
    assertThat(kept.notes()).isEqualTo("Confidentiel");
    assertThat(kept.postalCode()).isEqualTo("27000");
    assertThat(kept.companyName()).isEqualTo("Transports Duval");
    assertThat(kept.siren()).isEqualTo("732829320");
    assertThat(records.draft(recent.caseNumber(), "nathalie.duval")).isPresent();
  }

  @Test
  void aCallWhoseChannelEndsAfterTheMenuWithNothingElseSaidIsAbandonedInRouting() {
    Call call = Call.arriving(Duration.ofMinutes(5));

    publish(
        call.arrived(),
        call.topic("tresorerie", 10),
        call.located("14", "14000", 20),
        call.channelEnded(23));

    CaseDetails record = eventually(call, c -> c.status() != CaseStatus.OPEN);
    assertThat(record.status()).isEqualTo(CaseStatus.ABANDONED);
    assertThat(record.stepReached()).isEqualTo("routing");
    assertThat(record.timeline().menuSeconds()).isEqualTo(23);
    assertThat(record.timeline().endedAt()).isEqualTo(call.at(23));
    assertThat(record.fallbackOutcome()).isNull();
  }

  @Test
  void aHangUpTheMenuReportedKeepsItsStepWhenThePbxReportsTheChannelsEndAfterIt() {
    Call call = Call.arriving(Duration.ofMinutes(5));

    publish(call.arrived(), call.abandonedAt("topic", 6), call.channelEnded(7));

    CaseDetails record = eventually(call, c -> c.status() == CaseStatus.ABANDONED);
    awaitWritten();
    record = records.find(call.caseNumber()).orElseThrow();
    assertThat(record.stepReached()).isEqualTo("topic");
    assertThat(record.timeline().endedAt()).isEqualTo(call.at(6));
    assertThat(record.timeline().menuSeconds()).isEqualTo(6);
  }

  @Test
  void aCallAnsweredInTheFallbackQueueIsInProgressWithTheMemberUntilTheFormIsCompleted() {
    Call call = Call.arriving(Duration.ofMinutes(5));

    publish(
        call.arrived(),
        call.topic("tresorerie", 10),
        call.located("14", "14000", 20),
        call.fallbackEnded(FallbackCallEnded.Outcome.ANSWERED, "PJSIP/adv101", 8, 30),
        call.channelEnded(200));

    CaseDetails record = eventually(call, c -> c.timeline().endedAt() != null);
    assertThat(record.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(record.fallbackOutcome()).isEqualTo("ANSWERED");
    assertThat(record.advisorId()).isEqualTo("adv101");
    assertThat(record.stepReached()).isNull();
    assertThat(record.timeline().endedAt()).isEqualTo(call.at(200));
    // Counted apart (fallback_call), not as an answer of the service's own line.
    assertThat(record.timeline().answeredAt()).isNull();
    assertThat(record.timeline().queuedAt()).isNull();

    CaseDetails closed =
        records.complete(
            call.caseNumber(),
            new CaseCompletion(
                null,
                null,
                null,
                null,
                "Pris par la file de secours",
                List.of(),
                "INFORMATION_GIVEN",
                null),
            "claire.lemoine");
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.fallbackOutcome()).isEqualTo("ANSWERED");
  }

  @Test
  void aCallerTheFallbackQueueLetGoIsAbandonedThereWithHowItEnded() {
    Call abandoned = Call.arriving(Duration.ofMinutes(5));
    Call timedOut = Call.arriving(Duration.ofMinutes(5));

    publish(
        abandoned.arrived(),
        abandoned.fallbackEnded(FallbackCallEnded.Outcome.ABANDONED, null, 20, 40),
        abandoned.channelEnded(40),
        timedOut.arrived(),
        timedOut.fallbackEnded(FallbackCallEnded.Outcome.TIMED_OUT, null, 1800, 1830),
        timedOut.channelEnded(1845));

    CaseDetails hungUp = eventually(abandoned, c -> c.status() == CaseStatus.ABANDONED);
    CaseDetails outOfTime = eventually(timedOut, c -> c.status() == CaseStatus.ABANDONED);
    awaitWritten();
    hungUp = records.find(abandoned.caseNumber()).orElseThrow();
    outOfTime = records.find(timedOut.caseNumber()).orElseThrow();
    assertThat(hungUp.stepReached()).isEqualTo("fallback");
    assertThat(hungUp.fallbackOutcome()).isEqualTo("ABANDONED");
    assertThat(hungUp.timeline().endedAt()).isEqualTo(abandoned.at(40));
    assertThat(outOfTime.stepReached()).isEqualTo("fallback");
    assertThat(outOfTime.fallbackOutcome()).isEqualTo("TIMED_OUT");
    assertThat(outOfTime.timeline().endedAt()).isEqualTo(timedOut.at(1830));
  }

  @Test
  void retentionOnAFixedClockErasesACaseTheSecondItIsDueAndNotBefore() {
    Call call = Call.arriving(Duration.ofDays(4 * 366));
    publish(
        call.arrived(),
        call.topic("tresorerie", 10),
        call.located("14", "14000", 20),
        call.answeredBy("adv101", "caen", 10, 40),
        call.completed("adv101", 600, 640));
    eventually(call, c -> c.timeline().endedAt() != null);
    records.complete(
        call.caseNumber(),
        new CaseCompletion(
            "Menuiserie Hébert",
            "732829320",
            "EMPLOYEES_6_9",
            null,
            "Difficultés de trésorerie",
            List.of("urssaf", "expert-comptable"),
            "FOLLOW_UP_PLANNED",
            null),
        "claire.lemoine");
    records.saveDraft(call.caseNumber(), "claire.lemoine", "notes=Encore+un+mot");
    Instant due = records.find(call.caseNumber()).orElseThrow().retentionUntil();

    retentionAt(due.minusSeconds(1));
    CaseDetails before = records.find(call.caseNumber()).orElseThrow();
    retentionAt(due.plusSeconds(1));
    CaseDetails after = records.find(call.caseNumber()).orElseThrow();

    assertThat(before.callerNumber()).isEqualTo(call.callerNumber().value());
    assertThat(before.companyName()).isEqualTo("Menuiserie Hébert");
    assertThat(after.callerNumber()).isNull();
    assertThat(after.companyName()).isNull();
    assertThat(after.siren()).isNull();
    assertThat(after.notes()).isNull();
    assertThat(after.postalCode()).isNull();
    assertThat(records.draft(call.caseNumber(), "claire.lemoine")).isEmpty();
    assertThat(after.topic()).isEqualTo("tresorerie");
    assertThat(after.department()).isEqualTo("14");
    assertThat(after.chamber()).isEqualTo("caen");
    assertThat(after.outcome()).isEqualTo("FOLLOW_UP_PLANNED");
    assertThat(after.partners()).containsExactly("urssaf", "expert-comptable");
    assertThat(after.sizeBand()).isEqualTo("EMPLOYEES_6_9");
    assertThat(after.timeline().waitSeconds()).isEqualTo(10);
    assertThat(after.timeline().talkSeconds()).isEqualTo(600);
  }

  @Test
  void theSearchCombinesItsFiltersKeepsAnAdvisorToTheirScopeAndPages() {
    Call boulangerie = Call.arriving(Duration.ofDays(2));
    Call garage = Call.arriving(Duration.ofDays(1));
    Call elsewhere = Call.arriving(Duration.ofDays(1));
    String word = "Fournil" + boulangerie.callId().replace(".", "");
    for (Call call : List.of(boulangerie, garage)) {
      publish(
          call.arrived(),
          call.located("14", "14000", 10),
          call.answeredBy("adv102", "caen", 10, 30),
          call.completed("adv102", 60, 90));
      eventually(call, c -> c.timeline().endedAt() != null);
    }
    publish(
        elsewhere.arrived(),
        elsewhere.located("76", "76000", 10),
        elsewhere.answeredBy("adv109", "rouen", 10, 30));
    eventually(elsewhere, c -> c.advisorId() != null);
    records.complete(
        boulangerie.caseNumber(),
        new CaseCompletion(
            "Le " + word + " 100%_vrai",
            "732829320",
            null,
            null,
            "Loyer impayé",
            List.of(),
            "NO_ACTION_NEEDED",
            null),
        "adv102.poste");
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));

    assertThat(found(new CaseFilter(null, "14", null, null, null, null, "732829320", word), null))
        .containsExactly(boulangerie.caseNumber());
    assertThat(
            found(new CaseFilter(null, null, null, null, null, null, null, "loyer " + word), null))
        .containsExactly(boulangerie.caseNumber());
    assertThat(found(new CaseFilter(null, null, null, null, null, null, null, "100%_"), null))
        .contains(boulangerie.caseNumber());
    assertThat(found(new CaseFilter(null, null, null, null, null, null, null, "0%v"), null))
        .doesNotContain(boulangerie.caseNumber());
    assertThat(
            found(
                new CaseFilter(
                    CaseStatus.CLOSED,
                    null,
                    "caen",
                    "adv102",
                    today.minusDays(3),
                    today,
                    null,
                    word),
                null))
        .containsExactly(boulangerie.caseNumber());
    assertThat(
            found(
                new CaseFilter(
                    null, null, null, null, today.minusDays(1), today, "732829320", null),
                null))
        .doesNotContain(boulangerie.caseNumber());
    assertThat(found(CaseFilter.ALL, "adv107"))
        .doesNotContain(boulangerie.caseNumber(), garage.caseNumber(), elsewhere.caseNumber());
    assertThat(found(CaseFilter.ALL, "adv101"))
        .contains(boulangerie.caseNumber(), garage.caseNumber())
        .doesNotContain(elsewhere.caseNumber());
    Page<CaseSummary> firstOfTwo =
        records.search(
            new CaseFilter(null, null, null, "adv102", today.minusDays(3), today, null, null),
            null,
            null,
            PageRequest.of(0, 1, Sort.by(Sort.Direction.ASC, "arrivedAt")));
    assertThat(firstOfTwo.getTotalElements()).isGreaterThanOrEqualTo(2);
    assertThat(firstOfTwo.getContent()).hasSize(1);
    assertThat(firstOfTwo.getContent().get(0).maskedCallerNumber()).contains("••");
  }

  /** The case numbers an advisor (or, with null, everyone) finds, the first hundred. */
  private List<String> found(CaseFilter filter, String advisorId) {
    String chamber =
        advisorId == null ? null : advisorId.equals("adv107") ? "ouest-normandie" : "caen";
    return records.search(filter, advisorId, chamber, PageRequest.of(0, 100)).stream()
        .map(CaseSummary::caseNumber)
        .toList();
  }

  /** Runs the retention job in its transaction, as the schedule would, on a clock fixed at now. */
  private void retentionAt(Instant now) {
    Retention fixed =
        new Retention(
            storedCases, appliedEntries, drafts, settings, Clock.fixed(now, ZoneOffset.UTC));
    new TransactionTemplate(transactions).executeWithoutResult(status -> fixed.erasePersonalData());
  }

  @Test
  void twoHundredCallsArrivingAtOnceEachGetTheirCase() throws Exception {
    String dialled = "02" + UUID.randomUUID().toString().substring(0, 8);
    int calls = 200;
    CountDownLatch ready = new CountDownLatch(calls);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService callers = Executors.newFixedThreadPool(calls);
    List<String> caseNumbers = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      Call call = Call.arriving(Duration.ZERO);
      caseNumbers.add(call.caseNumber());
      callers.execute(
          () -> {
            ready.countDown();
            try {
              go.await();
            } catch (InterruptedException interrupted) {
              Thread.currentThread().interrupt();
            }
            events.publishEvent(
                new CallArrived(
                    call.callId(),
                    call.caseNumber(),
                    call.callerNumber(),
                    dialled,
                    true,
                    call.arrivedAt()));
          });
    }
    ready.await();
    go.countDown();
    callers.shutdown();
    assertThat(callers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

    await()
        .atMost(WRITTEN)
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.queryForObject(
                            "select count(distinct case_number) from case_record"
                                + " where dialled_number = ?",
                            Integer.class,
                            dialled))
                    .isEqualTo(calls));
    assertThat(caseNumbers).allSatisfy(n -> assertThat(records.find(n)).isPresent());
  }

  @Test
  void theMetersCountOpenedCasesAndTheEventsStillToWrite() {
    double before = meters.counter("hotline.cases.opened").count();
    Call call = Call.arriving(Duration.ZERO);

    publish(call.arrived(), call.topic("activite-partielle", 5));
    eventually(call, c -> c.topic() != null);

    await()
        .atMost(WRITTEN)
        .untilAsserted(
            () -> assertThat(meters.get("hotline.cases.pending").gauge().value()).isZero());
    assertThat(meters.counter("hotline.cases.opened").count()).isGreaterThanOrEqualTo(before + 1);
  }

  @Test
  void theHistoryOfAPeriodGivesEachCallsPlacesAndTimesButNoPersonalData() {
    Duration ago = Duration.ofDays(900).plusMinutes(ThreadLocalRandom.current().nextInt(100_000));
    Call answered = Call.arriving(ago);
    Call leftTheLine = Call.from(Call.newCallerNumber(), ago.minusSeconds(10));
    Call callBack = Call.from(Call.newCallerNumber(), ago.minusSeconds(20));
    long pendingBefore = history.callbacksPending();
    publish(
        answered.arrived(),
        answered.topic("tresorerie", 8),
        answered.located("76", "76000", 15),
        answered.queued("76", 20),
        answered.answeredBy("adv109", "rouen", 12, 32),
        answered.completed("adv109", 300, 332),
        leftTheLine.arrived(),
        leftTheLine.queued("76", 18),
        leftTheLine.leftWaiting(3, 21),
        callBack.arrived(),
        callBack.queued("76", 19),
        callBack.callbackRequested(Reason.WAITING, 50));
    eventually(answered, c -> c.timeline().endedAt() != null);
    eventually(leftTheLine, c -> c.status() == CaseStatus.ABANDONED);
    eventually(callBack, c -> c.status() == CaseStatus.CALLBACK_PENDING);

    List<CaseTimes> period =
        history.arrivedBetween(answered.arrivedAt(), callBack.arrivedAt().plusMillis(1));

    assertThat(period)
        .extracting(CaseTimes::arrivedAt)
        .containsExactly(answered.arrivedAt(), leftTheLine.arrivedAt(), callBack.arrivedAt());
    assertThat(period.get(0))
        .isEqualTo(
            new CaseTimes(
                "76",
                "rouen",
                "tresorerie",
                CaseStatus.IN_PROGRESS,
                null,
                true,
                false,
                answered.arrivedAt(),
                answered.at(20),
                answered.at(32),
                answered.at(332),
                20,
                12,
                300));
    assertThat(period.get(1).stepReached()).isEqualTo("waiting");
    assertThat(period.get(1).waitSeconds()).isEqualTo(3);
    assertThat(period.get(2).callbackRequested()).isTrue();
    assertThat(history.arrivedBetween(answered.arrivedAt(), leftTheLine.arrivedAt()))
        .as("the end of the period is left out")
        .hasSize(1);
    assertThat(history.callbacksPending()).isGreaterThanOrEqualTo(pendingBefore + 1);
  }

  void publish(Object... happenings) {
    for (Object event : happenings) {
      events.publishEvent(event);
    }
  }

  /** Every event published so far is written: a later one could still change a case. */
  void awaitWritten() {
    await()
        .atMost(WRITTEN)
        .untilAsserted(
            () -> assertThat(meters.get("hotline.cases.pending").gauge().value()).isZero());
  }

  CaseDetails eventually(Call call, Predicate<CaseDetails> condition) {
    return await()
        .atMost(WRITTEN)
        .until(
            () -> records.find(call.caseNumber()).filter(condition).orElse(null),
            found -> found != null);
  }

  private static boolean isOver(CaseDetails details) {
    return details.offers().stream().allMatch(offer -> offer.outcome() != null);
  }
}
