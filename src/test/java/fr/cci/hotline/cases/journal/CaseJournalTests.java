package fr.cci.hotline.cases.journal;

import static org.assertj.core.api.Assertions.assertThat;

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
import fr.cci.hotline.telephony.CallerNumber;
import fr.cci.hotline.telephony.ChannelHungUp;
import fr.cci.hotline.telephony.DialStatus;
import fr.cci.hotline.telephony.FallbackCallEnded;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseJournalTests {

  private static final Instant AT = Instant.parse("2026-11-27T09:15:00.123456Z");

  @TempDir Path directory;
  private final Clock clock = Clock.systemUTC();

  @Test
  void everyEventTheCasesListenToSurvivesTheSpool() {
    EntryCodec codec = new EntryCodec();
    List<Record> events =
        List.of(
            new CallArrived(
                "1764234900.17",
                "CP-261127-7K3QF",
                CallerNumber.of("0612345678"),
                "0232100900",
                true,
                AT),
            new TopicChosen("CP-261127-7K3QF", "tresorerie", AT),
            new CallerLocated("CP-261127-7K3QF", "76", "76130", true, AT),
            new CallAbandoned("CP-261127-7K3QF", "topic", AT),
            new CallClosedLine("CP-261127-7K3QF", true, AT),
            new CallQueued("CP-261127-7K3QF", "1764234900.17", "76", AT),
            new AdvisorOffered("CP-261127-7K3QF", "1764234900.17", "adv101", "rouen", AT),
            new OfferDeclined(
                "CP-261127-7K3QF", "adv101", DialStatus.NOANSWER, Duration.ofSeconds(20), AT),
            new CallAnswered(
                "CP-261127-7K3QF", "adv101", "rouen", "76", Duration.ofMillis(31_500), AT, true),
            new CallCompleted("CP-261127-7K3QF", "adv101", Duration.ofMinutes(10), AT),
            new CallerLeftWaiting("CP-261127-7K3QF", "76", Duration.ofSeconds(95), AT),
            new CallbackRequested(
                "CP-261127-7K3QF",
                CallerNumber.of("0612345678"),
                "76",
                AT,
                CallbackRequested.Reason.LINE_CLOSED,
                AT),
            new LineClosedWhileWaiting("CP-261127-7K3QF", "76", Duration.ofSeconds(40), AT),
            new CallbackAttemptFailed(
                "CP-261127-7K3QF", "adv101", DialStatus.BUSY, 1, AT.plusSeconds(900), AT),
            new CallbackFailed("CP-261127-7K3QF", "adv101", 3, DialStatus.NOANSWER, AT),
            new CallbackTriggered("CP-261127-7K3QF", "superviseur", true, AT),
            new CallbackCancelled("CP-261127-7K3QF", "superviseur", "rappelé à la main", AT),
            new FallbackCallEnded(
                "1764234900.17",
                FallbackCallEnded.Outcome.ANSWERED,
                "PJSIP/adv101",
                Duration.ofSeconds(12),
                AT),
            new ChannelHungUp("1764234900.17", "1764234900.17", "PJSIP/operator-01", 16, "", AT));
    assertThat(events).hasSameSizeAs(EntryCodec.EVENTS);

    for (Record event : events) {
      JournalEntry entry = JournalEntry.of("CP-261127-7K3QF", AT, event);
      assertThat(codec.decode(codec.encode(entry))).usingRecursiveComparison().isEqualTo(entry);
    }
  }

  @Test
  void aNewJournalOnTheSameDirectoryStartsWithTheEntriesNotYetWritten() throws Exception {
    CaseJournal before = journal();
    before.append("CP-261127-AAAAA", AT, new TopicChosen("CP-261127-AAAAA", "pge", AT));
    before.append("CP-261127-BBBBB", AT, new TopicChosen("CP-261127-BBBBB", "fonds", AT));
    before.close();

    CaseJournal after = journal();

    assertThat(after.pending()).isEqualTo(2);
    assertThat(after.awaitBatch(10, Duration.ZERO))
        .extracting(JournalEntry::caseNumber)
        .containsExactly("CP-261127-AAAAA", "CP-261127-BBBBB");
    after.close();
  }

  @Test
  void theSpoolIsEmptiedOnceTheWriterHasCaughtUp() throws Exception {
    CaseJournal journal = journal();
    journal.append("CP-261127-AAAAA", AT, new TopicChosen("CP-261127-AAAAA", "pge", AT));
    journal.append("CP-261127-BBBBB", AT, new TopicChosen("CP-261127-BBBBB", "fonds", AT));
    assertThat(spooled()).hasSize(2);

    journal.applied(1);
    assertThat(journal.pending()).isEqualTo(1);
    journal.applied(1);
    assertThat(spooled()).isEmpty();
    journal.close();

    assertThat(journal().pending()).isZero();
  }

  @Test
  void aLineTornByACrashIsSetAsideAndTheOthersAreKept() throws Exception {
    CaseJournal before = journal();
    before.append("CP-261127-AAAAA", AT, new TopicChosen("CP-261127-AAAAA", "pge", AT));
    before.close();
    Files.writeString(
        directory.resolve("journal-1.jsonl"),
        "{\"id\":\"x\",\"case\":\"CP-2611",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);

    CaseJournal after = journal();

    assertThat(after.pending()).isEqualTo(1);
    assertThat(Files.readString(directory.resolve("rejected-1.jsonl"))).contains("CP-2611");
    after.close();
  }

  @Test
  void twoJournalsOnOneDirectoryKeepSeparateSpoolsAndALaterOneAdoptsBoth() throws Exception {
    CaseJournal first = journal();
    CaseJournal second = journal();
    first.append("CP-261127-AAAAA", AT, new TopicChosen("CP-261127-AAAAA", "pge", AT));
    second.append("CP-261127-BBBBB", AT, new TopicChosen("CP-261127-BBBBB", "fonds", AT));
    assertThat(Files.exists(directory.resolve("journal-2.jsonl"))).isTrue();
    first.close();
    second.close();

    CaseJournal survivor = journal();

    assertThat(survivor.awaitBatch(10, Duration.ZERO))
        .extracting(JournalEntry::caseNumber)
        .containsExactlyInAnyOrder("CP-261127-AAAAA", "CP-261127-BBBBB");
    assertThat(Files.exists(directory.resolve("journal-2.jsonl"))).isFalse();
    survivor.close();
  }

  @Test
  void anEventWithoutACaseNumberIsRefusedWithoutThrowing() throws Exception {
    CaseJournal journal = journal();

    journal.append(null, AT, new TopicChosen(null, "pge", AT));

    assertThat(journal.pending()).isZero();
    journal.close();
  }

  private CaseJournal journal() {
    return new CaseJournal(directory, clock, new SimpleMeterRegistry());
  }

  private List<String> spooled() throws Exception {
    return Files.readAllLines(directory.resolve("journal-1.jsonl")).stream()
        .filter(line -> !line.isBlank())
        .toList();
  }
}
