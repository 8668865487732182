package fr.cci.hotline.routing;

import static fr.cci.hotline.testing.MenuKeys.CALVADOS;
import static fr.cci.hotline.testing.MenuKeys.TRESORERIE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.Hotline;
import fr.cci.hotline.advisors.AdvisorStatus;
import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.cases.CaseRecords;
import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.routing.line.InstanceId;
import fr.cci.hotline.simulator.CallRecord;
import fr.cci.hotline.simulator.CallerScript;
import fr.cci.hotline.simulator.PbxSimulator;
import fr.cci.hotline.simulator.SimulatedCall;
import fr.cci.hotline.simulator.SimulatorSettings;
import fr.cci.hotline.testing.Browser;
import fr.cci.hotline.testing.EmbeddedPostgresServer;
import fr.cci.hotline.testing.Ports;
import fr.cci.hotline.testing.ServiceInstances;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances on one PostgreSQL, one of them a separate JVM killed with SIGKILL while callers
 * wait on both: the dead instance's callers reach the fallback queue through the dialplan and are
 * answered there, its rows leave the shared waiting line without being counted as abandons, no
 * advisor is left ringing or on a call, and the survivor keeps routing its own callers and the
 * next.
 */
class InstanceKilledTests {

  private static final List<String> TEAM = List.of("adv101", "adv102", "adv103");

  @TempDir Path directory;

  @Test
  void theCallersOfAKilledInstanceReachTheFallbackQueueAndTheOtherInstanceKeepsRouting()
      throws Exception {
    String database = EmbeddedPostgresServer.newDatabase();
    try (PbxSimulator pbx = startPbx();
        ConfigurableApplicationContext survivor = startSurvivor(database, pbx)) {
      int victimAgi = Ports.freeTcp();
      int victimManagement = Ports.freeTcp();
      Process victim = startVictim(database, pbx, victimAgi, victimManagement);
      try {
        awaitHealthy(victim, victimManagement);
        pbx.agiTargets(
            List.of(
                ServiceInstances.agiAddress(survivor),
                new InetSocketAddress("127.0.0.1", victimAgi)));
        Presence presence = survivor.getBean(Presence.class);
        Clock clock = survivor.getBean(Clock.class);
        for (String advisor : TEAM) {
          pbx.advisor(advisor)
              .registered()
              .answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(20));
          presence.logIn(advisor, clock.instant());
          presence.pause(advisor, "meeting", clock.instant());
        }
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> pbx.queueMembers("hotline-fallback").size() == TEAM.size());

        JdbcTemplate jdbc = survivor.getBean(JdbcTemplate.class);
        String survivorId = survivor.getBean(InstanceId.class).value();
        List<SimulatedCall> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          calls.add(
              pbx.call(
                  CallerScript.from("06229000" + (10 + i))
                      .pressWhenAsked(TRESORERIE)
                      .pressWhenAsked(CALVADOS)));
        }
        Map<String, String> holders =
            await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> waitingRows(jdbc), rows -> rows.size() == calls.size());
        List<String> victimsCallers =
            holders.entrySet().stream()
                .filter(row -> !row.getValue().equals(survivorId))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(victimsCallers).as("callers held by the instance about to die").isNotEmpty();
        assertThat(victimsCallers).as("callers held by the survivor").hasSizeLessThan(calls.size());

        victim.destroyForcibly(); // SIGKILL: no shutdown hook, no goodbye to anyone
        assertThat(victim.waitFor(10, TimeUnit.SECONDS)).isTrue();
        TEAM.forEach(advisor -> presence.resume(advisor, clock.instant()));

        List<CallRecord> ended =
            calls.stream().map(call -> call.awaitEnd(Duration.ofMinutes(3))).toList();
        for (CallRecord call : ended) {
          assertThat(call.answeredBy()).as("%s answered", call.uniqueId()).isNotNull();
          assertThat(call.reachedFallbackQueue())
              .as("%s went to the fallback queue exactly when its instance died", call.uniqueId())
              .isEqualTo(victimsCallers.contains(call.uniqueId()));
        }
        await()
            .atMost(Duration.ofSeconds(30))
            .untilAsserted(() -> assertThat(waitingRows(jdbc)).isEmpty());
        CaseRecords cases = survivor.getBean(CaseRecords.class);
        await()
            .atMost(Duration.ofSeconds(30))
            .untilAsserted(
                () ->
                    assertThat(ended)
                        .extracting(call -> cases.find(call.finalVariables().get("HOTLINE_CASE")))
                        .allSatisfy(
                            found ->
                                assertThat(found)
                                    .hasValueSatisfying(
                                        settled ->
                                            assertThat(settled.status())
                                                .as("%s", settled)
                                                .isIn(
                                                    CaseStatus.IN_PROGRESS,
                                                    CaseStatus.CLOSED,
                                                    CaseStatus.ABANDONED))));
        assertThat(abandons(survivor.getBean(MeterRegistry.class)))
            .as("the fallback queue's callers are not abandons of the line")
            .isZero();

        SimulatedCall next =
            pbx.call(
                CallerScript.from("0622900099")
                    .pressWhenAsked(TRESORERIE)
                    .pressWhenAsked(CALVADOS));
        CallRecord routed = next.awaitEnd(Duration.ofMinutes(2));
        assertThat(routed.reachedFallbackQueue()).as("the survivor routed the next call").isFalse();
        assertThat(routed.answeredBy()).isIn(TEAM);
        await()
            .atMost(Duration.ofSeconds(30))
            .untilAsserted(
                () ->
                    assertThat(presence.statuses())
                        .filteredOn(status -> TEAM.contains(status.advisor().id()))
                        .extracting(AdvisorStatus::state)
                        .doesNotContain(PresenceState.RINGING, PresenceState.ON_CALL));
      } finally {
        victim.destroyForcibly();
      }
    }
  }

  private static Map<String, String> waitingRows(JdbcTemplate jdbc) {
    return jdbc.queryForList("select call_id, instance_id from waiting_call").stream()
        .collect(
            Collectors.toMap(
                row -> (String) row.get("call_id"), row -> (String) row.get("instance_id")));
  }

  private static double abandons(MeterRegistry meters) {
    return meters.find("hotline.calls.abandoned").counters().stream()
        .mapToDouble(counter -> counter.count())
        .sum();
  }

  private static PbxSimulator startPbx() {
    return PbxSimulator.start(
        SimulatorSettings.defaults()
            .withSpeed(5)
            .withAmiCredentials("hotline", "hotline")
            .withProjectConfiguration());
  }

  private List<String> settings(String database, PbxSimulator pbx, String name) {
    return ServiceInstances.settings(
        database,
        pbx.amiPort(),
        directory.resolve(name),
        "--hotline.routing.position-announcement-every=1h");
  }

  private ConfigurableApplicationContext startSurvivor(String database, PbxSimulator pbx) {
    return ServiceInstances.start(settings(database, pbx, "survivor"));
  }

  /** The same service in a JVM of its own, on the tests' class path, so that it can be killed. */
  private Process startVictim(String database, PbxSimulator pbx, int agiPort, int managementPort)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Hotline.class.getName());
    command.addAll(settings(database, pbx, "victim"));
    command.add("--server.port=0");
    command.add("--management.server.port=" + managementPort);
    command.add("--hotline.telephony.agi.port=" + agiPort);
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(directory.resolve("victim.log").toFile())
        .start();
  }

  /** Up, its AMI link included (the health endpoint counts it). */
  private void awaitHealthy(Process victim, int managementPort) {
    Browser health = new Browser(managementPort);
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(
            () -> {
              assertThat(victim.isAlive()).as("victim running (see victim.log)").isTrue();
              return health.get("/actuator/health").statusCode() == 200;
            });
  }
}
