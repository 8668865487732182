package fr.cci.hotline.routing;

import static fr.cci.hotline.testing.MenuKeys.CALL_ME_BACK;
import static fr.cci.hotline.testing.MenuKeys.CALVADOS;
import static fr.cci.hotline.testing.MenuKeys.THAT_NUMBER;
import static fr.cci.hotline.testing.MenuKeys.TRESORERIE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.Hotline;
import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.cases.CaseRecords;
import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.routing.callback.CallbackLine;
import fr.cci.hotline.routing.callback.CallbackState;
import fr.cci.hotline.simulator.CallRecord;
import fr.cci.hotline.simulator.CallerScript;
import fr.cci.hotline.simulator.OriginatedCall;
import fr.cci.hotline.simulator.PbxSimulator;
import fr.cci.hotline.simulator.SimulatedCall;
import fr.cci.hotline.simulator.SimulatorSettings;
import fr.cci.hotline.telephony.TelephonyStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Call-backs live in the database, not in the service: five asked for while nobody was logged in,
 * the service stopped and started again on the same H2 file, and each is attempted exactly once by
 * the new instance.
 */
class CallbackRestartTests {

  private static final int PENDING = 5;

  @TempDir Path directory;

  @Test
  void callBacksPendingWhenTheServiceStopsAreEachAttemptedOnceAfterItStartsAgain() {
    String database = "jdbc:h2:file:" + directory.resolve("hotline") + ";DB_CLOSE_ON_EXIT=FALSE";
    try (PbxSimulator pbx = startPbx()) {
      List<String> cases;
      try (ConfigurableApplicationContext before = start(database, pbx)) {
        cases = fiveCallersAskToBeCalledBackWithNobodyLoggedIn(pbx);
        CallbackLine kept = before.getBean(CallbackLine.class);
        assertThat(cases)
            .allSatisfy(
                number ->
                    assertThat(kept.find(number).orElseThrow().state())
                        .isEqualTo(CallbackState.PENDING));
      }

      try (ConfigurableApplicationContext after = start(database, pbx)) {
        teamOfThreeLogsIn(pbx, after);

        CaseRecords records = after.getBean(CaseRecords.class);
        for (String caseNumber : cases) {
          await()
              .atMost(Duration.ofSeconds(60))
              .until(
                  () -> records.find(caseNumber).map(found -> found.status()).orElse(null),
                  status -> status == CaseStatus.IN_PROGRESS);
        }
        Map<String, Long> originated =
            pbx.originatedCalls().stream()
                .collect(
                    Collectors.groupingBy(
                        call -> call.variables().get("HOTLINE_CASE"), Collectors.counting()));
        assertThat(originated).containsOnlyKeys(cases);
        assertThat(originated.values()).containsOnly(1L);
        assertThat(pbx.originatedCalls()).allMatch(OriginatedCall::answered);
      }
    }
  }

  private static List<String> fiveCallersAskToBeCalledBackWithNobodyLoggedIn(PbxSimulator pbx) {
    List<SimulatedCall> calls = new ArrayList<>();
    for (int i = 0; i < PENDING; i++) {
      String number = String.format("06330000%02d", i);
      pbx.outsideNumber(number).answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(4));
      calls.add(
          pbx.call(
              CallerScript.from(number)
                  .stayQuiet()
                  .stayQuiet()
                  .pressWhenAsked(TRESORERIE)
                  .pressWhenAsked(CALVADOS)
                  .pressWhenAsked(CALL_ME_BACK)
                  .pressWhenAsked(THAT_NUMBER)));
    }
    return calls.stream()
        .map(call -> call.awaitEnd(Duration.ofSeconds(60)))
        .map(CallRecord::finalVariables)
        .map(variables -> variables.get("HOTLINE_CASE"))
        .toList();
  }

  private static void teamOfThreeLogsIn(PbxSimulator pbx, ConfigurableApplicationContext service) {
    Presence presence = service.getBean(Presence.class);
    for (String advisor : List.of("adv101", "adv102", "adv103")) {
      pbx.advisor(advisor).registered().answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(5));
      presence.logIn(advisor, service.getBean(Clock.class).instant());
    }
  }

  private static PbxSimulator startPbx() {
    return PbxSimulator.start(
        SimulatorSettings.defaults()
            .withSpeed(20)
            .withAmiCredentials("hotline", "hotline")
            .withDialplan(Path.of("asterisk-config/extensions.conf")));
  }

  private ConfigurableApplicationContext start(String database, PbxSimulator pbx) {
    ConfigurableApplicationContext service =
        new SpringApplicationBuilder(Hotline.class)
            .profiles("test")
            .run(
                "--spring.datasource.url=" + database,
                "--hotline.cases.journal-dir=" + directory.resolve("journal"),
                "--hotline.telephony.ami.port=" + pbx.amiPort(),
                "--hotline.telephony.ami.username=hotline",
                "--hotline.telephony.ami.password=hotline",
                "--hotline.advisors.wrap-up=0s",
                "--hotline.ivr.opening-hours[0]=MON-SUN 00:00-24:00",
                "--hotline.ivr.french-public-holidays=false");
    TelephonyStatus telephony = service.getBean(TelephonyStatus.class);
    pbx.agiTarget("127.0.0.1", telephony.agiPort());
    await().atMost(Duration.ofSeconds(15)).until(telephony::amiConnected);
    return service;
  }
}
