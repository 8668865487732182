package fr.cci.hotline.cases.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.cases.Call;
import fr.cci.hotline.cases.CaseRecords;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What the writer does with an entry it can never write: set aside, the calls behind it go on. */
@SpringBootTest
@ActiveProfiles("test")
class RejectedEntryTests {

  private static final Path JOURNAL =
      Path.of("target", "case-journals", UUID.randomUUID().toString());

  @Autowired CaseJournal journal;
  @Autowired CaseRecords records;
  @Autowired ApplicationEventPublisher events;
  @Autowired MeterRegistry meters;

  @DynamicPropertySource
  static void journalOfItsOwn(DynamicPropertyRegistry registry) {
    registry.add("hotline.cases.journal-dir", JOURNAL::toString);
  }

  /** An event the case writer cannot apply, standing for one the database refuses every time. */
  record Unwritable(String caseNumber) {}

  @Test
  void anEventTheDatabaseKeepsRefusingIsSetAsideAndTheCallsBehindItAreWritten() throws Exception {
    Call refused = Call.arriving(Duration.ofMinutes(1));
    Call behind = Call.arriving(Duration.ZERO);
    double rejectedBefore = meters.counter("hotline.cases.rejected").count();

    journal.append(refused.caseNumber(), refused.arrivedAt(), new Unwritable(refused.caseNumber()));
    events.publishEvent(behind.arrived());

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> records.find(behind.caseNumber()).isPresent());
    assertThat(records.find(refused.caseNumber())).isEmpty();
    assertThat(meters.counter("hotline.cases.rejected").count()).isEqualTo(rejectedBefore + 1);
    try (Stream<Path> files = Files.list(JOURNAL)) {
      assertThat(
              files
                  .filter(file -> file.getFileName().toString().startsWith("rejected-"))
                  .map(RejectedEntryTests::read))
          .anySatisfy(text -> assertThat(text).contains(refused.caseNumber(), "Unwritable"));
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
