package fr.cci.hotline.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.Hotline;
import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.asterisk.Menu.Topic;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseRecords;
import fr.cci.hotline.routing.callback.CallbackLine;
import fr.cci.hotline.routing.callback.CallbackState;
import fr.cci.hotline.simulator.PbxSimulator;
import fr.cci.hotline.simulator.SimulatedCall;
import fr.cci.hotline.simulator.SimulatorSettings;
import fr.cci.hotline.telephony.TelephonyStatus;
import fr.cci.hotline.testing.ImportedFallbackCalls;
import fr.cci.hotline.testing.MenuKeys;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The same scripted calls against the real Asterisk and against the simulator, each PBX with a
 * service of its own, compared on what the service observed: the FastAGI commands and replies, the
 * AMI event names in order per channel, and the case row. Any difference fails: it is fixed in the
 * simulator (so far: endpoints' caller ids and languages from pjsip.conf, prompt lengths from the
 * WAV files, MusicOnHoldStart/Stop, which the lab captures had not shown).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExpectedWarnings({
  // aFallbackCallOnRecordIsReadBackAsTheSameCaseByBothServices drops both AMI links (checked once
  // per class: the lifecycle is per class).
  "AMI link to .* lost",
  "AMI login to .* failed",
  "PBX resync incomplete",
  "Fallback queue records not read"
})
class SimulatorParityTests extends AsteriskTestSupport {

  @Autowired CallbackLine callbacks;
  @Autowired ConfigurableApplicationContext context;

  private PbxSimulator simulator;
  private WireRecorder simulatorAgi;
  private WireRecorder simulatorAmi;
  private ConfigurableApplicationContext simulated;
  @Autowired JdbcTemplate jdbc;

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
                "--hotline.routing.callbacks.max-attempts=2",
                "--hotline.routing.callbacks.retry-delays=2s",
                "--hotline.routing.callbacks.owner-ring-timeout=5s",
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
    noCallBackLeft(simulated);
    // Both services: with one instance for the class, the real-PBX extension only cleans up after
    // the last test, and a call-back left pending would ring the next test's advisor.
    noCallBackLeft(context);
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

  /**
   * Nobody logged in: « aucun conseiller » (5 to 8 s) and the offer (to 11.7 s) at once; the number
   * read back, then confirmed.
   */
  @Test
  void aCallerWithNobodyLoggedInAsksForACallBackAndConfirmsTheNumber() {
    assertSameOnBoth(
        Menu.typingAhead("0622700601", Topic.AUTRE, "50")
            .press(9, MenuKeys.CALL_ME_BACK)
            .press(9 + AsteriskWaitingTests.CONFIRMING, MenuKeys.THAT_NUMBER),
        found -> found.status() == fr.cci.hotline.cases.CaseStatus.CALLBACK_PENDING);
  }

  /**
   * The caller asks for a call-back during the wait's welcome and confirms the number; then the
   * advisor is free: the Originate, the case spelt to the advisor, the owner rung through the trunk
   * and bridged, compared on the advisor's leg.
   */
  @Test
  void anAnsweredCallBackRingsTheAdvisorThenTheOwnerAndBridgesThem() {
    String owner = "0622700701";
    bothTeams("adv101");
    pbx().phone("adv101").answersAfter(Duration.ofSeconds(1), Duration.ofMinutes(3));
    await().atMost(Duration.ofSeconds(10)).until(() -> status("adv101").reachable());
    Presence simulatedPresence = simulated.getBean(Presence.class);
    presence.pause("adv101", "meeting", clock.instant());
    simulatedPresence.pause("adv101", "meeting", now());
    pbx().owner().answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(5));
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofSeconds(1))
        .alias("the owners' phone behind the trunk qualified by Asterisk")
        .until(pbx()::ownerReachable);
    simulator.outsideNumber(owner).answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(5));
    assertSameOnBoth(
        Menu.typingAhead(owner, Topic.TRESORERIE, "14")
            .press(7, MenuKeys.CALL_ME_BACK)
            .press(7 + AsteriskWaitingTests.CONFIRMING, MenuKeys.THAT_NUMBER),
        found -> found.status() == fr.cci.hotline.cases.CaseStatus.CALLBACK_PENDING);
    String realCase = pbx().observe(owner).caseNumber();
    String simulatedCase = ObservedCall.of(owner, simulatorAgi, simulatorAmi).caseNumber();

    presence.resume("adv101", clock.instant());
    simulatedPresence.resume("adv101", now());

    String realLeg = legOfTheDoneCallBack(callbacks, realCase);
    String simulatedLeg =
        legOfTheDoneCallBack(simulated.getBean(CallbackLine.class), simulatedCase);
    Predicate<CaseDetails> talked = found -> found.timeline().talkSeconds() != null;
    CallShape realShape =
        CallShape.of(
            ObservedCall.ofLeg(realLeg, pbx().agiWire(), pbx().amiWire()),
            await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> cases.find(realCase).orElse(null), talkedOrNull(talked)));
    CallShape simulatedShape =
        CallShape.of(
            ObservedCall.ofLeg(simulatedLeg, simulatorAgi, simulatorAmi),
            await()
                .atMost(Duration.ofSeconds(15))
                .until(
                    () -> simulated.getBean(CaseRecords.class).find(simulatedCase).orElse(null),
                    talkedOrNull(talked)));
    List<String> differences = realShape.differencesFrom(simulatedShape);
    if (!differences.isEmpty()) {
      pbx()
          .keep(
              "parity-callback-asterisk.txt",
              ObservedCall.ofLeg(realLeg, pbx().agiWire(), pbx().amiWire()).details());
      pbx()
          .keep(
              "parity-callback-simulator.txt",
              ObservedCall.ofLeg(simulatedLeg, simulatorAgi, simulatorAmi).details());
    }
    assertThat(differences)
        .as("differences between Asterisk and the simulator (details in %s)", pbx().folder())
        .isEmpty();
  }

  @Test
  void aCallWhileTheServiceIsDownGoesToTheFallbackQueue() {
    bothTeams("adv101");
    // A member app_queue counts as available (is_our_turn): otherwise the caller waits in its
    // holding pen, hearing its position, and the member is rung later than the simulator's.
    pbx().awaitAvailableInFallbackQueue("adv101");
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> simulator.queueMembers("hotline-fallback").contains("PJSIP/adv101"));
    pbx().agiWire().refuse();
    simulatorAgi.refuse();

    assertSameOnBoth(CallPlan.from("0622700401"), null);
  }

  @Test
  void aCallerWhoHangsUpWaitingInTheFallbackQueueIsCountedAbandonedByBothServices() {
    pbx().agiWire().refuse();
    simulatorAgi.refuse();

    // Still hearing « vous êtes le prochain » (app_queue's position to a caller with nobody to
    // ring): on Asterisk the announcement may stall until the caller hangs up, so a later
    // hang-up would compare how long a playback took, not what the queue does.
    Observed both = assertSameOnBoth(CallPlan.from("0622700791").hangUpAfter(2), null);

    String onAsterisk = fallbackOutcome(jdbc, both.real());
    String onSimulator = fallbackOutcome(simulated.getBean(JdbcTemplate.class), both.simulated());
    assertThat(onSimulator).isEqualTo(onAsterisk).isEqualTo("ABANDONED");
  }

  @Test
  void aCallerNobodyAnswersBeforeTheFallbackQueuesTimeoutIsCountedTimedOutByBothServices() {
    pbx().cli("dialplan set global HOTLINE_FALLBACK_TIMEOUT 3");
    simulator.global("HOTLINE_FALLBACK_TIMEOUT", "3");
    pbx().agiWire().refuse();
    simulatorAgi.refuse();

    Observed both;
    try {
      both = assertSameOnBoth(CallPlan.from("0622700801"), null);
    } finally {
      pbx().cli("dialplan set global HOTLINE_FALLBACK_TIMEOUT 1800");
      simulator.global("HOTLINE_FALLBACK_TIMEOUT", "1800");
    }

    String onAsterisk = fallbackOutcome(jdbc, both.real());
    String onSimulator = fallbackOutcome(simulated.getBean(JdbcTemplate.class), both.simulated());
    assertThat(onSimulator).isEqualTo(onAsterisk).isEqualTo("TIMED_OUT");
  }

  @Test
  void aFallbackCallOnRecordIsReadBackAsTheSameCaseByBothServices() {
    // No advisor: the caller hangs up waiting (an advisor of the simulated service may still be
    // rung by an earlier test's call-back attempts).
    pbx().agiWire().refuse();
    simulatorAgi.refuse();
    // The call itself is compared by aCallerWhoHangsUpWaitingInTheFallbackQueue…; here, what each
    // service reads back from its PBX's records.
    CallPlan plan = CallPlan.from("0622700901").hangUpAfter(6);
    SimulatedCall simulatedCall = simulator.call(plan.toSimulator());
    ObservedCall real = pbx().call(plan).awaitEnd(CALL_TIMEOUT);
    simulatedCall.awaitEnd(CALL_TIMEOUT);
    ObservedCall onTheSimulator = observedOnTheSimulator(plan);

    // The next AMI connection reads the dialplan's records (DBGetTree) on each PBX.
    pbx().amiWire().dropAll();
    simulatorAmi.dropAll();
    CaseDetails onAsterisk = importedCase(context, real);
    CaseDetails onSimulator = importedCase(simulated, onTheSimulator);

    assertThat(onSimulator)
        .extracting(
            CaseDetails::status,
            CaseDetails::advisorId,
            CaseDetails::fallbackOutcome,
            CaseDetails::callerNumber,
            CaseDetails::stepReached)
        .containsExactly(
            onAsterisk.status(),
            onAsterisk.advisorId(),
            onAsterisk.fallbackOutcome(),
            onAsterisk.callerNumber(),
            onAsterisk.stepReached());
    assertThat(onAsterisk.fallbackOutcome()).isEqualTo("ABANDONED");
  }

  private static CaseDetails importedCase(
      ConfigurableApplicationContext service, ObservedCall call) {
    try (ImportedFallbackCalls imported = new ImportedFallbackCalls(service)) {
      return imported.settledCase(call.uniqueId());
    }
  }

  /** The outcome the service recorded for a call of the fallback queue, once it has. */
  private static String fallbackOutcome(JdbcTemplate jdbc, ObservedCall call) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                jdbc
                    .queryForList(
                        "select outcome from fallback_call where call_id = ?",
                        String.class,
                        call.uniqueId())
                    .stream()
                    .findFirst()
                    .orElse(null),
            outcome -> outcome != null);
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
  /** The same call as each PBX's service observed it. */
  private record Observed(ObservedCall real, ObservedCall simulated) {}

  private Observed assertSameOnBoth(CallPlan plan, Predicate<CaseDetails> settled) {
    SippCall real = pbx().call(plan);
    SimulatedCall simulatedCall = simulator.call(plan.toSimulator());
    CompletableFuture<Void> simulatedEnd =
        CompletableFuture.runAsync(() -> simulatedCall.awaitEnd(CALL_TIMEOUT));
    ObservedCall onAsterisk = real.awaitEnd(CALL_TIMEOUT);
    simulatedEnd.join();
    ObservedCall onSimulator = observedOnTheSimulator(plan);

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
    return new Observed(onAsterisk, onSimulator);
  }

  /** The call as the simulator's service observed it, once it ended. */
  private ObservedCall observedOnTheSimulator(CallPlan plan) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> ObservedCall.of(plan.callerNumber(), simulatorAgi, simulatorAmi),
            ObservedCall::ended);
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

  /** The advisor leg of the attempt that reached the owner, once the two have hung up. */
  private static String legOfTheDoneCallBack(CallbackLine callbacks, String caseNumber) {
    return await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () -> callbacks.find(caseNumber).orElseThrow(),
            found -> found.state() == CallbackState.DONE && found.endedAt() != null)
        .channelId();
  }

  private static Predicate<CaseDetails> talkedOrNull(Predicate<CaseDetails> talked) {
    return found -> found != null && talked.test(found);
  }

  private java.time.Instant now() {
    return simulated.getBean(Clock.class).instant();
  }
}
