package fr.cci.hotline.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.Hotline;
import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.asterisk.Menu.Topic;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseRecords;
import fr.cci.hotline.simulator.PbxSimulator;
import fr.cci.hotline.simulator.SimulatedCall;
import fr.cci.hotline.simulator.SimulatorSettings;
import fr.cci.hotline.telephony.TelephonyStatus;
import fr.cci.hotline.testing.ObservedCall;
import fr.cci.hotline.testing.WireRecorder;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The same scripted calls against the real Asterisk and against the simulator, each PBX with a
 * service of its own, compared on what the service observed: the FastAGI commands and replies, the
 * AMI event names in order per channel, and the case row. Any difference fails: it is fixed in the
 * simulator (so far: endpoints' caller ids and languages from pjsip.conf, prompt lengths from the
 * WAV files, MusicOnHoldStart/Stop, which the lab captures had not shown).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulatorParityTests extends AsteriskTestSupport {

  private PbxSimulator simulator;
  private WireRecorder simulatorAgi;
  private WireRecorder simulatorAmi;
  private ConfigurableApplicationContext simulated;

  @BeforeAll
  void aSimulatorWithAServiceOfItsOwn() {
    readyForCalls();
    simulator =
        PbxSimulator.start(
            SimulatorSettings.defaults()
                .withSpeed(1)
                .withAmiCredentials(RealPbx.AMI_USER, RealPbx.AMI_SECRET)
                .withProjectConfiguration());
    simulatorAmi =
        new WireRecorder("sim-ami", 0, new InetSocketAddress("127.0.0.1", simulator.amiPort()));
    simulatorAgi = new WireRecorder("sim-agi", 0, null);
    simulator.agiTarget("127.0.0.1", simulatorAgi.port());
    simulated =
        new SpringApplicationBuilder(Hotline.class)
            .profiles("test")
            .run(
                "--hotline.telephony.ami.port=" + simulatorAmi.port(),
                "--hotline.telephony.ami.username=" + RealPbx.AMI_USER,
                "--hotline.telephony.ami.password=" + RealPbx.AMI_SECRET,
                "--hotline.advisors.seed=classpath:asterisk/advisors.yml",
                "--hotline.advisors.wrap-up=0s",
                "--hotline.routing.ring-timeout=4s",
                "--hotline.routing.widen-to-department-after=6s",
                "--hotline.routing.widen-to-region-after=10s",
                "--hotline.routing.position-announcement-every=5s",
                "--hotline.ivr.opening-hours[0]=MON-SUN 00:00-24:00",
                "--hotline.ivr.french-public-holidays=false");
    simulatorAgi.upstream(
        new InetSocketAddress("127.0.0.1", simulated.getBean(TelephonyStatus.class).agiPort()));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(simulated.getBean(TelephonyStatus.class)::amiConnected);
  }

  @AfterAll
  void stopTheSimulator() {
    if (simulated != null) {
      simulated.close();
    }
    if (simulator != null) {
      simulator.close();
    }
    if (simulatorAgi != null) {
      simulatorAgi.close();
      simulatorAmi.close();
    }
  }

  @AfterEach
  void bothServicesListen() {
    pbx().agiWire().accept();
    simulatorAgi.accept();
    Presence simulatedPresence = simulated.getBean(Presence.class);
    advisors.active().forEach(advisor -> simulatedPresence.logOut(advisor.id(), now()));
  }

  @Test
  void aCallerTypingAheadIsAnsweredByTheirChambersAdvisor() {
    bothTeams("adv101");

    assertSameOnBoth(
        Menu.typingAhead("0622700101", Topic.TRESORERIE, "14"),
        found -> found.timeline().endedAt() != null);
  }

  @Test
  void anAdvisorWhoDoesNotAnswerIsFollowedByTheNextOne() {
    bothTeams("adv101", "adv102");
    pbx().phone("adv101").neverAnswers();
    simulator.advisor("adv101").neverAnswers();

    assertSameOnBoth(
        Menu.typingAhead("0622700201", Topic.ACTIVITE_PARTIELLE, "14"),
        found -> found.offers().size() == 2 && found.timeline().endedAt() != null);
  }

  @Test
  void aCallerWhoHangsUpDuringTheTopicQuestion() {
    assertSameOnBoth(
        CallPlan.from("0622700301").hangUpAfter(Menu.TOPIC_QUESTION_STARTS + 4),
        found -> found.status() == fr.cci.hotline.cases.CaseStatus.ABANDONED);
  }

  @Test
  void aBusyAdvisorIsSkipped() {
    bothTeams("adv101", "adv102");
    pbx().phone("adv101").busy();
    simulator.advisor("adv101").busy();

    assertSameOnBoth(
        Menu.typingAhead("0622700501", Topic.FONDS_SOLIDARITE, "14"),
        found -> found.offers().size() == 2 && found.timeline().endedAt() != null);
  }

  @Test
  void aWaitingCallerHearsTheirPositionAndAsksForACallBack() {
    assertSameOnBoth(
        Menu.typingAhead("0622700601", Topic.AUTRE, "50").press(22, "1"),
        found -> found.status() == fr.cci.hotline.cases.CaseStatus.CALLBACK_PENDING);
  }

  @Test
  void aCallWhileTheServiceIsDownGoesToTheFallbackQueue() {
    bothTeams("adv101");
    await().atMost(Duration.ofSeconds(5)).until(() -> pbx().queueMember("adv101") != null);
    pbx().agiWire().refuse();
    simulatorAgi.refuse();

    assertSameOnBoth(CallPlan.from("0622700401"), null);
  }

  private void bothTeams(String... endpoints) {
    teamOf(endpoints);
    Presence simulatedPresence = simulated.getBean(Presence.class);
    for (String endpoint : endpoints) {
      simulator
          .advisor(endpoint)
          .registered()
          .answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(3));
      simulatedPresence.logIn(endpoint, now());
    }
  }

  /**
   * Places the call on both PBXs at once, waits for both to end and for both cases to satisfy
   * {@code settled} (null: no case, the service never saw the call), then compares.
   */
  private void assertSameOnBoth(CallPlan plan, Predicate<CaseDetails> settled) {
    SippCall real = pbx().call(plan);
    SimulatedCall simulatedCall = simulator.call(plan.toSimulator());
    CompletableFuture<Void> simulatedEnd =
        CompletableFuture.runAsync(() -> simulatedCall.awaitEnd(CALL_TIMEOUT));
    ObservedCall onAsterisk = real.awaitEnd(CALL_TIMEOUT);
    simulatedEnd.join();
    ObservedCall onSimulator =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () -> ObservedCall.of(plan.callerNumber(), simulatorAgi, simulatorAmi),
                ObservedCall::ended);

    CallShape realShape = CallShape.of(onAsterisk, settledCase(cases, onAsterisk, settled));
    CallShape simulatedShape =
        CallShape.of(
            onSimulator, settledCase(simulated.getBean(CaseRecords.class), onSimulator, settled));
    List<String> differences = realShape.differencesFrom(simulatedShape);
    if (!differences.isEmpty()) {
      pbx().keep("parity-" + plan.callerNumber() + "-asterisk.txt", onAsterisk.details());
      pbx().keep("parity-" + plan.callerNumber() + "-simulator.txt", onSimulator.details());
    }
    assertThat(differences)
        .as("differences between Asterisk and the simulator (details in %s)", pbx().folder())
        .isEmpty();
  }

  private static CaseDetails settledCase(
      CaseRecords records, ObservedCall call, Predicate<CaseDetails> settled) {
    if (settled == null) {
      assertThat(call.caseNumber()).as("no case: the service never saw the call").isNull();
      return null;
    }
    String number = call.caseNumber();
    assertThat(number).as("case number set by the service\n%s", call).isNotBlank();
    return await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () -> records.find(number).orElse(null), found -> found != null && settled.test(found));
  }

  private java.time.Instant now() {
    return simulated.getBean(Clock.class).instant();
  }
}
