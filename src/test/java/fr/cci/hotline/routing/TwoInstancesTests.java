package fr.cci.hotline.routing;

import static fr.cci.hotline.testing.MenuKeys.CALVADOS;
import static fr.cci.hotline.testing.MenuKeys.EURE;
import static fr.cci.hotline.testing.MenuKeys.MANCHE;
import static fr.cci.hotline.testing.MenuKeys.ORNE;
import static fr.cci.hotline.testing.MenuKeys.PARIS;
import static fr.cci.hotline.testing.MenuKeys.SEINE_MARITIME;
import static fr.cci.hotline.testing.MenuKeys.TOPICS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseRecords;
import fr.cci.hotline.simulator.CallRecord;
import fr.cci.hotline.simulator.CallerScript;
import fr.cci.hotline.simulator.DialAttempt;
import fr.cci.hotline.simulator.PbxSimulator;
import fr.cci.hotline.simulator.SimulatedCall;
import fr.cci.hotline.simulator.SimulatorSettings;
import fr.cci.hotline.telephony.FallbackCallEnded;
import fr.cci.hotline.telephony.TelephonyStatus;
import fr.cci.hotline.testing.EmbeddedPostgresServer;
import fr.cci.hotline.testing.Reinforcements;
import fr.cci.hotline.testing.ServiceInstances;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two service instances on one PostgreSQL, the PBX spreading FastAGI sessions over both (hagi://
 * with SRV records), and a thousand callers at once: the shared waiting line, the presence
 * compare-and-set and the dispatch lock must keep every promise.
 */
class TwoInstancesTests {

  private static final int CALLERS = 1000;

  /** The desk phones of the tests' team (advisors/test-team.yml); mobiles have no device state. */
  private static final List<String> TEST_TEAM_DESK_ADVISORS =
      List.of("adv101", "adv102", "adv103", "adv105", "adv106", "adv107", "adv109", "adv110");

  private static final int EXTRA_ADVISORS = 16;
  private static final List<String> LOCATIONS =
      List.of(CALVADOS, EURE, MANCHE, ORNE, SEINE_MARITIME, PARIS);

  @TempDir Path directory;

  @Test
  void aThousandConcurrentCallersNeverGiveAnAdvisorTwoCallsAndEachHasOneCaseAndOneAdvisor() {
    String database = EmbeddedPostgresServer.newDatabase();
    try (PbxSimulator pbx = startPbx();
        ConfigurableApplicationContext first = start(database, pbx, "first");
        ConfigurableApplicationContext second = start(database, pbx, "second")) {
      spreadTheCallsOverBothInstances(pbx, first, second);
      List<String> team = logInDeskAdvisorsWhoAnswerQuickly(pbx, first);

      List<CallRecord> calls = aThousandCallersAtOnce(pbx);

      noAdvisorRangWhileOnACall(pbx, team);
      everyCallerWasAnsweredByTheAdvisorTheServiceDialled(calls);
      eachCallHasOneCaseNamingTheAdvisorWhoAnswered(first, calls);
      bothInstancesRanMenus(first, second);
      theQueueFiguresAddUpAndReadTheSameOnBothInstances(first, second);
      aFallbackCallBothInstancesHearIsCountedOnce(first, second);
    }
  }

  private static PbxSimulator startPbx() {
    return PbxSimulator.start(
        SimulatorSettings.defaults()
            // Slow enough that a thousand simulated callers still type within the menu's
            // timeouts on two cores (a late key press would read as silence).
            .withSpeed(8)
            .withAmiCredentials("hotline", "hotline")
            .withDialplan(Path.of("asterisk-config/extensions.conf")));
  }

  /** The PBX hands each call's FastAGI session to either instance, as hagi:// with SRV would. */
  private static void spreadTheCallsOverBothInstances(
      PbxSimulator pbx,
      ConfigurableApplicationContext first,
      ConfigurableApplicationContext second) {
    pbx.agiTargets(
        List.of(ServiceInstances.agiAddress(first), ServiceInstances.agiAddress(second)));
    await().atMost(Duration.ofSeconds(15)).until(() -> connected(first) && connected(second));
  }

  /** The team's desk advisors and sixteen more, logged in, answering after a second. */
  private static List<String> logInDeskAdvisorsWhoAnswerQuickly(
      PbxSimulator pbx, ConfigurableApplicationContext instance) {
    List<String> deskAdvisors = new ArrayList<>(TEST_TEAM_DESK_ADVISORS);
    deskAdvisors.addAll(addAdvisors(instance));
    Presence presence = instance.getBean(Presence.class);
    for (String advisor : deskAdvisors) {
      pbx.advisor(advisor).registered().answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(3));
      presence.logIn(advisor, instance.getBean(Clock.class).instant());
    }
    return deskAdvisors;
  }

  /** Every topic and every département of Normandy, and Paris, in turn. */
  private static List<CallRecord> aThousandCallersAtOnce(PbxSimulator pbx) {
    List<SimulatedCall> calls = new ArrayList<>();
    for (int i = 0; i < CALLERS; i++) {
      calls.add(
          pbx.call(
              CallerScript.from(String.format("0655%06d", i))
                  .stayQuiet()
                  .stayQuiet()
                  .pressWhenAsked(TOPICS.get(i % TOPICS.size()))
                  .pressWhenAsked(LOCATIONS.get(i % LOCATIONS.size()))));
    }
    return calls.stream().map(call -> call.awaitEnd(Duration.ofMinutes(10))).toList();
  }

  private static void noAdvisorRangWhileOnACall(PbxSimulator pbx, List<String> team) {
    for (String advisor : team) {
      assertThat(pbx.advisor(advisor).ringsWhileInCall())
          .as("%s rung while already on a call", advisor)
          .isZero();
    }
  }

  /** Nobody reached the fallback queue or went unanswered; the one answered Dial was ours. */
  private static void everyCallerWasAnsweredByTheAdvisorTheServiceDialled(List<CallRecord> calls) {
    assertThat(calls).noneMatch(CallRecord::reachedFallbackQueue);
    assertThat(
            calls.stream()
                .filter(record -> record.answeredBy() == null)
                .map(TwoInstancesTests::summary))
        .as("calls nobody answered")
        .isEmpty();
    assertThat(calls)
        .allSatisfy(
            record ->
                assertThat(record.dials())
                    .filteredOn(dial -> "ANSWER".equals(dial.dialStatus()))
                    .extracting(DialAttempt::target)
                    .containsExactly("PJSIP/" + record.answeredBy()));
  }

  private static void eachCallHasOneCaseNamingTheAdvisorWhoAnswered(
      ConfigurableApplicationContext instance, List<CallRecord> calls) {
    Set<String> caseNumbers =
        calls.stream()
            .map(record -> record.finalVariables().get("HOTLINE_CASE"))
            .collect(Collectors.toSet());
    assertThat(caseNumbers).hasSize(CALLERS).doesNotContainNull();

    JdbcTemplate sql = new JdbcTemplate(instance.getBean(DataSource.class));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> sql.queryForObject("select count(*) from case_record", Integer.class) == CALLERS);
    CaseRecords cases = instance.getBean(CaseRecords.class);
    for (CallRecord record : calls) {
      CaseDetails found =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(
                  () -> cases.find(record.finalVariables().get("HOTLINE_CASE")),
                  details -> details.filter(d -> d.advisorId() != null).isPresent())
              .orElseThrow();
      assertThat(found.advisorId()).isEqualTo(record.answeredBy());
      assertThat(found.offers()).filteredOn(offer -> "ANSWER".equals(offer.outcome())).hasSize(1);
    }
  }

  private static void bothInstancesRanMenus(
      ConfigurableApplicationContext first, ConfigurableApplicationContext second) {
    assertThat(casesOpened(first)).as("menus run by the first instance").isPositive();
    assertThat(casesOpened(second)).as("menus run by the second instance").isPositive();
  }

  /**
   * Each call is counted by the one instance that handled it, so the counters add up to the calls;
   * the gauges read the shared database, so both instances publish the same value — and today's
   * service level is what the case rows say (every call here was answered).
   */
  private static void theQueueFiguresAddUpAndReadTheSameOnBothInstances(
      ConfigurableApplicationContext first, ConfigurableApplicationContext second) {
    MeterRegistry one = first.getBean(MeterRegistry.class);
    MeterRegistry other = second.getBean(MeterRegistry.class);
    assertThat(counted(one, "hotline.calls.offered") + counted(other, "hotline.calls.offered"))
        .isEqualTo(CALLERS);
    assertThat(counted(one, "hotline.calls.answered") + counted(other, "hotline.calls.answered"))
        .isEqualTo(CALLERS);
    assertThat(waits(one) + waits(other)).isEqualTo(CALLERS);
    JdbcTemplate sql = new JdbcTemplate(first.getBean(DataSource.class));
    double inTime =
        sql.queryForObject(
                "select count(*) from case_record where wait_seconds <= 60 and answered_at is not null",
                Double.class)
            / CALLERS;
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              assertThat(level(one)).isEqualTo(level(other)).isEqualTo(inTime);
              assertThat(advisorsOnCall(one)).isEqualTo(advisorsOnCall(other));
              assertThat(waiting(one)).isEqualTo(waiting(other)).isZero();
            });
  }

  /** Both instances hear every AMI event: the fallback queue's call is stored and counted once. */
  private static void aFallbackCallBothInstancesHearIsCountedOnce(
      ConfigurableApplicationContext first, ConfigurableApplicationContext second) {
    FallbackCallEnded call =
        new FallbackCallEnded(
            "two-instances.1",
            FallbackCallEnded.Outcome.ANSWERED,
            "PJSIP/adv101",
            Duration.ofSeconds(12),
            first.getBean(Clock.class).instant());

    first.publishEvent(call);
    second.publishEvent(call);

    assertThat(
            fallbackAnswered(first.getBean(MeterRegistry.class))
                + fallbackAnswered(second.getBean(MeterRegistry.class)))
        .isEqualTo(1);
  }

  private static double counted(MeterRegistry meters, String name) {
    return meters.find(name).counters().stream().mapToDouble(counter -> counter.count()).sum();
  }

  private static double waits(MeterRegistry meters) {
    return meters.find("hotline.wait").timers().stream().mapToDouble(timer -> timer.count()).sum();
  }

  private static double level(MeterRegistry meters) {
    return meters.get("hotline.service.level").tag("department", "all").gauge().value();
  }

  private static double advisorsOnCall(MeterRegistry meters) {
    return meters.find("hotline.advisors").tag("state", "ON_CALL").gauges().stream()
        .mapToDouble(gauge -> gauge.value())
        .sum();
  }

  private static double waiting(MeterRegistry meters) {
    return meters.find("hotline.calls.waiting").gauges().stream()
        .mapToDouble(gauge -> gauge.value())
        .sum();
  }

  private static double fallbackAnswered(MeterRegistry meters) {
    return meters.get("hotline.calls.fallback").tag("outcome", "answered").counter().count();
  }

  /** More desk advisors, so that a thousand calls are served in a minute or two. */
  private static List<String> addAdvisors(ConfigurableApplicationContext instance) {
    return Reinforcements.add(
        instance.getBean(Environment.class).getProperty("local.server.port", Integer.class),
        EXTRA_ADVISORS);
  }

  /** What a call did, in a line: enough to see where it stopped. */
  private static String summary(CallRecord record) {
    List<String> transcript = record.agiTranscript();
    return record.uniqueId()
        + " agi="
        + record.agiStatus()
        + " cause="
        + record.hangupCause()
        + " dials="
        + record.dials()
        + " last="
        + transcript.subList(Math.max(0, transcript.size() - 16), transcript.size());
  }

  private ConfigurableApplicationContext start(String database, PbxSimulator pbx, String name) {
    return ServiceInstances.start(
        ServiceInstances.settings(
            database,
            pbx.amiPort(),
            directory.resolve(name),
            "--hotline.routing.position-announcement-every=1h"));
  }

  private static boolean connected(ConfigurableApplicationContext instance) {
    return instance.getBean(TelephonyStatus.class).amiConnected();
  }

  private static double casesOpened(ConfigurableApplicationContext instance) {
    return Optional.ofNullable(
            instance.getBean(MeterRegistry.class).find("hotline.cases.opened").counter())
        .map(counter -> counter.count())
        .orElse(0.0);
  }
}
