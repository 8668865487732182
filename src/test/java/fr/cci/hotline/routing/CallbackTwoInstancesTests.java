package fr.cci.hotline.routing;

import static fr.cci.hotline.testing.MenuKeys.CALL_ME_BACK;
import static fr.cci.hotline.testing.MenuKeys.NORMANDY;
import static fr.cci.hotline.testing.MenuKeys.THAT_NUMBER;
import static fr.cci.hotline.testing.MenuKeys.TOPICS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.routing.callback.CallbackLine;
import fr.cci.hotline.routing.callback.CallbackState;
import fr.cci.hotline.simulator.CallRecord;
import fr.cci.hotline.simulator.CallerScript;
import fr.cci.hotline.simulator.OriginatedCall;
import fr.cci.hotline.simulator.PbxSimulator;
import fr.cci.hotline.simulator.SimulatedCall;
import fr.cci.hotline.simulator.SimulatorSettings;
import fr.cci.hotline.testing.EmbeddedPostgresServer;
import fr.cci.hotline.testing.ServiceInstances;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two service instances on one PostgreSQL, both hearing every AMI event and both running dispatch
 * passes: fifty call-backs asked for while nobody was logged in are each attempted exactly once,
 * and no advisor is rung while already on a call.
 */
class CallbackTwoInstancesTests {

  private static final int CALLBACKS = 50;

  private static final List<String> DESK_ADVISORS =
      List.of("adv101", "adv102", "adv103", "adv105", "adv106", "adv107", "adv109", "adv110");

  @TempDir Path directory;

  @Test
  void fiftyPendingCallBacksAreEachAttemptedExactlyOnceAcrossTwoInstances() {
    String database = EmbeddedPostgresServer.newDatabase();
    try (PbxSimulator pbx = startPbx();
        ConfigurableApplicationContext first = start(database, pbx, "first");
        ConfigurableApplicationContext second = start(database, pbx, "second")) {
      pbx.agiTargets(
          List.of(ServiceInstances.agiAddress(first), ServiceInstances.agiAddress(second)));
      List<String> cases = fiftyCallersAskToBeCalledBack(pbx);
      CallbackLine callbacks = first.getBean(CallbackLine.class);
      assertThat(callbacks.due(first.getBean(Clock.class).instant()))
          .extracting(callback -> callback.caseNumber())
          .containsAll(cases);

      logInDeskAdvisors(pbx, second);

      await()
          .atMost(Duration.ofSeconds(120))
          .until(
              () ->
                  cases.stream()
                      .allMatch(
                          number ->
                              callbacks.find(number).orElseThrow().state() == CallbackState.DONE));
      Map<String, Long> originated =
          pbx.originatedCalls().stream()
              .collect(
                  Collectors.groupingBy(
                      call -> call.variables().get("HOTLINE_CASE"), Collectors.counting()));
      assertThat(originated).containsOnlyKeys(cases);
      assertThat(originated.values()).as("originates per call-back").containsOnly(1L);
      assertThat(pbx.originatedCalls()).allMatch(OriginatedCall::answered);
      assertThat(cases).allSatisfy(number -> assertThat(callbacks.attempts(number)).hasSize(1));
      for (String advisor : DESK_ADVISORS) {
        assertThat(pbx.advisor(advisor).ringsWhileInCall())
            .as("%s rung while already on a call", advisor)
            .isZero();
      }
    }
  }

  /** Every topic and département in turn; nobody is logged in, so the offer comes at once. */
  private static List<String> fiftyCallersAskToBeCalledBack(PbxSimulator pbx) {
    List<SimulatedCall> calls = new ArrayList<>();
    for (int i = 0; i < CALLBACKS; i++) {
      String number = String.format("066600%04d", i);
      pbx.outsideNumber(number).answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(2));
      calls.add(
          pbx.call(
              CallerScript.from(number)
                  .stayQuiet()
                  .stayQuiet()
                  .pressWhenAsked(TOPICS.get(i % TOPICS.size()))
                  .pressWhenAsked(NORMANDY.get(i % NORMANDY.size()))
                  .pressWhenAsked(CALL_ME_BACK)
                  .pressWhenAsked(THAT_NUMBER)));
    }
    return calls.stream()
        .map(call -> call.awaitEnd(Duration.ofMinutes(2)))
        .map(CallRecord::finalVariables)
        .map(variables -> variables.get("HOTLINE_CASE"))
        .toList();
  }

  private static void logInDeskAdvisors(PbxSimulator pbx, ConfigurableApplicationContext service) {
    Presence presence = service.getBean(Presence.class);
    for (String advisor : DESK_ADVISORS) {
      pbx.advisor(advisor).registered().answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(2));
      presence.logIn(advisor, service.getBean(Clock.class).instant());
    }
  }

  private static PbxSimulator startPbx() {
    return PbxSimulator.start(
        SimulatorSettings.defaults()
            .withSpeed(10)
            .withAmiCredentials("hotline", "hotline")
            .withDialplan(Path.of("asterisk-config/extensions.conf")));
  }

  private ConfigurableApplicationContext start(String database, PbxSimulator pbx, String name) {
    return ServiceInstances.start(
        ServiceInstances.settings(database, pbx.amiPort(), directory.resolve(name)));
  }
}
