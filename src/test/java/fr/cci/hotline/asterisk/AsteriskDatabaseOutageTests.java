package fr.cci.hotline.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.asterisk.Menu.Topic;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.testing.ObservedCall;
import fr.cci.hotline.testing.RestartablePostgres;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A PostgreSQL outage around calls on the real Asterisk 22, with the shipped dialplan and the
 * service's shipped connection settings. The service runs on its own PostgreSQL (a context of its
 * own, the FastAGI recorder pointed at it): the caller hears a prompt or music at every moment,
 * reaches the fallback queue within seconds of the service needing the database, and once the
 * database is back each case carries how its call ended, written once.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExpectedWarnings({
  // The faults this class injects: the database stops under the service.
  "Hikari",
  "unreachable",
  "[Dd]atabase",
  "[Cc]ase (writer|events?|journal)",
  "PSQLException",
  "SQL Error",
  "SqlExceptionHelper",
  "CannotGetJdbcConnection",
  "could not be recorded",
  "listener failed",
  "[Ww]aiting line",
  // The periodic jobs (dispatch pass, wrap-up ends, sweeps) retry at their next run.
  "failed, tried again at its next run",
  "Application exception overridden by rollback exception"
})
class AsteriskDatabaseOutageTests extends AsteriskTestSupport {

  /** From the caller's last answer to the fallback queue, at most. */
  private static final Duration TO_THE_FALLBACK_QUEUE = Duration.ofSeconds(5);

  /** A pause between two FastAGI commands that a caller would hear as the line going dead. */
  private static final Duration SILENCE = Duration.ofSeconds(1);

  private static RestartablePostgres database;

  @Autowired MeterRegistry meters;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void onARestartablePostgresql(DynamicPropertyRegistry registry) {
    database = started();
    registry.add("spring.datasource.url", database::jdbcUrl);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
    registry.add("hotline.cases.retry-max-delay", () -> "1s");
    registry.add(
        "hotline.cases.journal-dir",
        () -> pbx().folder().resolve("database-outage-journal").toString());
  }

  @AfterEach
  void databaseBack() throws IOException {
    database.start();
  }

  @Test
  void aCallerWhoseDatabaseStopsMidMenuHearsNoSilenceAndIsAnsweredInTheFallbackQueue()
      throws IOException {
    teamOf("adv101");
    pbx().awaitAvailableInFallbackQueue("adv101");
    SippCall caller = pbx().call(Menu.typingAhead("0622610101", Topic.FONDS_SOLIDARITE, "14"));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> caller.observed().prompts().contains("hotline/location-ask"));

    database.stop();
    ObservedCall call = caller.awaitEnd(CALL_TIMEOUT);

    assertReachedTheFallbackQueueInTimeWithoutSilence(call);
    assertThat(call.answeredBy()).isEqualTo("adv101");
    database.start();
    CaseDetails record = settled(call, found -> found.timeline().endedAt() != null);
    assertThat(record.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(record.fallbackOutcome()).isEqualTo("ANSWERED");
    assertThat(record.advisorId()).isEqualTo("adv101");
    assertThat(record.topic()).isEqualTo("fonds-solidarite");
    assertThat(record.department()).isEqualTo("14");
    assertThat(entriesOf(record)).containsOnlyOnce("FallbackCallEnded", "ChannelHungUp");
  }

  @Test
  void withTheDatabaseDownBeforeTheCallTheMenuWorksAndACallerWhoHangsUpInTheFallbackQueue()
      throws IOException {
    teamOf("adv101");
    pbx().phone("adv101").neverAnswers();
    await().atMost(Duration.ofSeconds(5)).until(() -> pbx().queueMember("adv101") != null);
    database.stop();

    ObservedCall call =
        pbx()
            .call(Menu.typingAhead("0622610201", Topic.TRESORERIE, "14").hangUpAfter(16))
            .awaitEnd(CALL_TIMEOUT);

    assertThat(call.prompts()).containsSubsequence("hotline/welcome", "hotline/location-ask");
    assertReachedTheFallbackQueueInTimeWithoutSilence(call);
    database.start();
    CaseDetails record = settled(call, found -> found.status() != CaseStatus.OPEN);
    assertThat(record.status()).isEqualTo(CaseStatus.ABANDONED);
    assertThat(record.stepReached()).isEqualTo("fallback");
    assertThat(record.fallbackOutcome()).isEqualTo("ABANDONED");
    assertThat(record.department()).isEqualTo("14");
    assertThat(entriesOf(record)).containsOnlyOnce("FallbackCallEnded", "ChannelHungUp");
  }

  private static void assertReachedTheFallbackQueueInTimeWithoutSilence(ObservedCall call) {
    assertThat(call.reachedFallbackQueue()).as("%s", call).isTrue();
    LoggerFactory.getLogger(AsteriskDatabaseOutageTests.class)
        .info(
            "Database down: {} from the last answer to the fallback queue; silences over 200 ms: {}",
            call.fromLastAnswerToTheFallbackQueue("hotline/location-ask"),
            call.agi().get(0).silencesLongerThan(Duration.ofMillis(200)));
    assertThat(call.fromLastAnswerToTheFallbackQueue("hotline/location-ask"))
        .as("from the caller's last answer to the fallback queue")
        .isLessThanOrEqualTo(TO_THE_FALLBACK_QUEUE);
    assertThat(call.agi().get(0).silencesLongerThan(SILENCE))
        .as("silences heard\n%s", call)
        .isEmpty();
  }

  /** The case once the journal has written everything it held through the outage. */
  private CaseDetails settled(ObservedCall call, java.util.function.Predicate<CaseDetails> until) {
    CaseDetails record =
        await()
            .atMost(Duration.ofSeconds(30))
            .ignoreExceptions() // the pool reconnects once the server is back
            .until(
                () -> cases.find(call.caseNumber()).orElse(null),
                found -> found != null && until.test(found));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> meters.get("hotline.cases.pending").gauge().value() == 0);
    return cases.find(record.caseNumber()).orElseThrow();
  }

  /** The journal entries applied to the case, by kind: each is recorded once in case_event. */
  private List<String> entriesOf(CaseDetails record) {
    return jdbc.queryForList(
        "select kind from case_event where case_number = ? order by occurred_at",
        String.class,
        record.caseNumber());
  }

  private static RestartablePostgres started() {
    try {
      RestartablePostgres server =
          new RestartablePostgres(Files.createTempDirectory("hotline-outage-pg").resolve("data"))
              .start();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      server.close();
                    } catch (IOException ignored) {
                      // the JVM is going away
                    }
                  },
                  "outage-postgres-stop"));
      return server;
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
