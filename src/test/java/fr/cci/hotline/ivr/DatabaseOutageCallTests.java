package fr.cci.hotline.ivr;

import static fr.cci.hotline.testing.MenuKeys.CALVADOS;
import static fr.cci.hotline.testing.MenuKeys.FONDS_SOLIDARITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.Hotline;
import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseRecords;
import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.simulator.CallerScript;
import fr.cci.hotline.simulator.PbxSimulator;
import fr.cci.hotline.simulator.SimulatedCall;
import fr.cci.hotline.simulator.SimulatorSettings;
import fr.cci.hotline.telephony.TelephonyStatus;
import fr.cci.hotline.testing.AgiSession;
import fr.cci.hotline.testing.ObservedCall;
import fr.cci.hotline.testing.RestartablePostgres;
import fr.cci.hotline.testing.WireRecorder;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A PostgreSQL outage around a call, as the caller hears it and as the case records it. The
 * simulator runs in real time with the project's prompts, and the service keeps its shipped
 * connection settings: a caller must never hear silence while the service waits for the database,
 * and must reach the fallback queue within seconds of the service needing it.
 */
class DatabaseOutageCallTests {

  /** From the caller's last answer to the fallback queue, at most. */
  private static final Duration TO_THE_FALLBACK_QUEUE = Duration.ofSeconds(5);

  /** A pause between two commands that a caller would hear as the line going dead. */
  private static final Duration SILENCE = Duration.ofSeconds(1);

  @TempDir Path directory;

  private RestartablePostgres database;
  private PbxSimulator pbx;
  private WireRecorder agiWire;
  private WireRecorder amiWire;
  private ConfigurableApplicationContext service;

  @BeforeEach
  void aServiceOnPostgresqlWithAnAdvisorInTheFallbackQueue() throws Exception {
    database = new RestartablePostgres(directory.resolve("pg")).start();
    pbx =
        PbxSimulator.start(
            SimulatorSettings.defaults()
                .withAmiCredentials("hotline", "hotline")
                .withProjectConfiguration());
    amiWire = new WireRecorder("ami", 0, new InetSocketAddress("127.0.0.1", pbx.amiPort()));
    agiWire = new WireRecorder("agi", 0, null);
    service = start();
    agiWire.upstream(
        new InetSocketAddress("127.0.0.1", service.getBean(TelephonyStatus.class).agiPort()));
    pbx.agiTarget("127.0.0.1", agiWire.port());
    await()
        .atMost(Duration.ofSeconds(10))
        .until(service.getBean(TelephonyStatus.class)::amiConnected);
    pbx.advisor("adv101").registered().answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(3));
    service.getBean(Presence.class).logIn("adv101", service.getBean(Clock.class).instant());
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> pbx.queueMembers("hotline-fallback").contains("PJSIP/adv101"));
  }

  @AfterEach
  void stopEverything() throws Exception {
    if (service != null) {
      service.close();
    }
    agiWire.close();
    amiWire.close();
    pbx.close();
    database.close();
  }

  @Test
  void aCallerWhoseDatabaseStopsMidMenuHearsMusicAndReachesTheFallbackQueueWithinSeconds()
      throws Exception {
    SimulatedCall call = pbx.call(typingAhead("0644000001"));
    await().atMost(Duration.ofSeconds(10)).until(() -> topicTyped("0644000001"));
    database.stop();
    call.awaitEnd(Duration.ofSeconds(60));

    ObservedCall observed = ObservedCall.of("0644000001", agiWire, amiWire);
    assertReachedTheFallbackQueueInTimeWithoutSilence(observed);

    database.start();
    CaseDetails record = caseOf(observed);
    assertThat(record.topic()).isEqualTo("fonds-solidarite");
    assertThat(record.department()).isEqualTo("14");
    assertAnsweredByTheFallbackQueueWrittenOnce(record);
  }

  @Test
  void withTheDatabaseDownBeforeTheCallTheMenuWorksAndTheCallerReachesTheFallbackQueue()
      throws Exception {
    database.stop();

    pbx.call(typingAhead("0644000002")).awaitEnd(Duration.ofSeconds(60));

    ObservedCall observed = ObservedCall.of("0644000002", agiWire, amiWire);
    assertThat(observed.prompts()).containsSubsequence("hotline/welcome", "hotline/location-ask");
    assertReachedTheFallbackQueueInTimeWithoutSilence(observed);
    database.start();
    CaseDetails record = caseOf(observed);
    assertThat(record.department()).isEqualTo("14");
    assertAnsweredByTheFallbackQueueWrittenOnce(record);
  }

  @Test
  void aCallerWhoHangsUpInTheFallbackQueueDuringTheOutageLeavesACaseAbandonedThere()
      throws Exception {
    service.getBean(Presence.class).logOut("adv101", service.getBean(Clock.class).instant());
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !pbx.queueMembers("hotline-fallback").contains("PJSIP/adv101"));
    database.stop();

    SimulatedCall call = pbx.call(typingAhead("0644000003"));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> ObservedCall.of("0644000003", agiWire, amiWire).reachedFallbackQueue());
    call.hangUp();
    call.awaitEnd(Duration.ofSeconds(10));

    database.start();
    CaseDetails record = caseOf(ObservedCall.of("0644000003", agiWire, amiWire));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> settled(record.caseNumber()).status() == CaseStatus.ABANDONED);
    CaseDetails settled = settled(record.caseNumber());
    assertThat(settled.stepReached()).isEqualTo("fallback");
    assertThat(settled.fallbackOutcome()).isEqualTo("ABANDONED");
    assertThat(settled.advisorId()).isNull();
    assertThat(entriesOf(record.caseNumber()))
        .containsOnlyOnce("FallbackCallEnded")
        .containsOnlyOnce("ChannelHungUp");
  }

  /**
   * The fallback queue's answer reached the case once the database was back: IN_PROGRESS with the
   * member who answered (the advisor then completes the form), from one journal entry.
   */
  private void assertAnsweredByTheFallbackQueueWrittenOnce(CaseDetails record) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> settled(record.caseNumber()).timeline().endedAt() != null);
    CaseDetails settled = settled(record.caseNumber());
    assertThat(settled.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(settled.fallbackOutcome()).isEqualTo("ANSWERED");
    assertThat(settled.advisorId()).isEqualTo("adv101");
    assertThat(settled.stepReached()).isNull();
    assertThat(entriesOf(record.caseNumber()))
        .containsOnlyOnce("FallbackCallEnded")
        .containsOnlyOnce("ChannelHungUp")
        .doesNotContain("CallAbandoned", "CallerLeftWaiting");
  }

  private CaseDetails settled(String caseNumber) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                service.getBean(MeterRegistry.class).get("hotline.cases.pending").gauge().value()
                    == 0);
    return service.getBean(CaseRecords.class).find(caseNumber).orElseThrow();
  }

  /** The journal entries applied to the case, by kind: each is recorded once in case_event. */
  private List<String> entriesOf(String caseNumber) {
    return service
        .getBean(JdbcTemplate.class)
        .queryForList(
            "select kind from case_event where case_number = ? order by occurred_at",
            String.class,
            caseNumber);
  }

  private void assertReachedTheFallbackQueueInTimeWithoutSilence(ObservedCall observed) {
    assertThat(observed.reachedFallbackQueue()).as("%s", observed).isTrue();
    assertThat(observed.answeredBy()).isEqualTo("adv101");
    assertThat(observed.fromLastAnswerToTheFallbackQueue("hotline/location-ask"))
        .as("from the caller's last answer to the fallback queue")
        .isLessThanOrEqualTo(TO_THE_FALLBACK_QUEUE);
    AgiSession menu = observed.agi().get(0);
    assertThat(menu.silencesLongerThan(SILENCE)).as("silences heard\n%s", observed).isEmpty();
  }

  private boolean topicTyped(String caller) {
    return ObservedCall.of(caller, agiWire, amiWire).agiCommands().stream()
        .anyMatch(command -> command.contains("hotline/location-ask"));
  }

  private static CallerScript typingAhead(String caller) {
    return CallerScript.from(caller)
        .pressAt(Duration.ofMillis(1500), FONDS_SOLIDARITE)
        .pressAt(Duration.ofSeconds(4), CALVADOS);
  }

  private CaseDetails caseOf(ObservedCall observed) {
    String caseNumber = observed.caseNumber();
    assertThat(caseNumber).isNotBlank();
    CaseRecords cases = service.getBean(CaseRecords.class);
    return await()
        .atMost(Duration.ofSeconds(30))
        .ignoreExceptions() // the pool reconnects once the server is back
        .until(
            () -> cases.find(caseNumber),
            found -> found.filter(record -> record.department() != null).isPresent())
        .orElseThrow();
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(Hotline.class)
        .profiles("test")
        .run(
            "--spring.datasource.url=" + database.jdbcUrl(),
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=postgres",
            "--hotline.cases.journal-dir=" + directory.resolve("journal"),
            "--hotline.cases.retry-max-delay=1s",
            "--hotline.telephony.ami.port=" + amiWire.port(),
            "--hotline.telephony.ami.username=hotline",
            "--hotline.telephony.ami.password=hotline",
            "--hotline.ivr.opening-hours[0]=MON-SUN 00:00-24:00",
            "--hotline.ivr.french-public-holidays=false");
  }
}
