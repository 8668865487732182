package fr.cci.hotline.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.asterisk.Menu.Topic;
import fr.cci.hotline.testing.AgiSession;
import fr.cci.hotline.testing.AmiEvent;
import fr.cci.hotline.testing.ObservedCall;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fail open on the real Asterisk: whenever the service makes no decision — it does not listen
 * (AGISTATUS=FAILURE) or it vanished mid-script (SUCCESS without HOTLINE_ACTION) — the shipped
 * dialplan puts the caller in the hotline-fallback queue, whose members are the advisors the
 * service last saw present. The service "going away" is played by the FastAGI recorder refusing
 * connections or resetting them, which is what Asterisk sees when the process dies. The service
 * still hears AMI meanwhile and counts each call by how it left the queue (answered, abandoned, out
 * of time), from the app_queue events Asterisk 22 sends.
 */
class AsteriskFallbackTests extends AsteriskTestSupport {

  @Autowired MeterRegistry meters;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void serviceListensAgain() {
    pbx().agiWire().accept();
    pbx().cli("dialplan set global HOTLINE_FALLBACK_TIMEOUT 1800");
  }

  @Test
  void aCallArrivingWhileTheServiceIsDownIsAnsweredByAPresentAdvisorThroughTheFallbackQueue() {
    double answered = counted("answered");
    teamOf("adv101");
    pbx().awaitAvailableInFallbackQueue("adv101");
    pbx().agiWire().refuse();

    ObservedCall call = pbx().call(CallPlan.from("0622400101")).awaitEnd(CALL_TIMEOUT);

    assertThat(call.agi()).as("no FastAGI session reached the service").isEmpty();
    assertThat(call.reachedFallbackQueue()).isTrue();
    assertThat(call.answeredBy()).isEqualTo("adv101");
    assertThat(pbx().messagesAbout(call.channel()))
        .anyMatch(line -> line.contains("Hotline fallback: AGISTATUS=FAILURE"));
    await().atMost(Duration.ofSeconds(10)).until(() -> counted("answered") == answered + 1);
    assertThat(recorded(call)).containsEntry("OUTCOME", "ANSWERED");
  }

  @Test
  void aCallerWhoHangsUpWaitingInTheFallbackQueueIsCountedAsAbandoned() {
    double abandoned = counted("abandoned");
    pbx().agiWire().refuse();

    ObservedCall call =
        pbx().call(CallPlan.from("0622400491").hangUpAfter(6)).awaitEnd(CALL_TIMEOUT);

    assertThat(call.reachedFallbackQueue()).isTrue();
    assertThat(call.events())
        .extracting(AmiEvent::name)
        .as("the caller's hang-up request comes before app_queue's abandon")
        .containsSubsequence(
            "QueueCallerJoin", "HangupRequest", "QueueCallerAbandon", "QueueCallerLeave");
    await().atMost(Duration.ofSeconds(10)).until(() -> counted("abandoned") == abandoned + 1);
    assertThat(recorded(call)).containsEntry("OUTCOME", "ABANDONED");
  }

  @Test
  void aCallerNobodyAnswersBeforeTheQueuesTimeoutIsCountedAsTimedOut() {
    double timedOut = counted("timed-out");
    pbx().cli("dialplan set global HOTLINE_FALLBACK_TIMEOUT 3");
    pbx().agiWire().refuse();

    ObservedCall call = pbx().call(CallPlan.from("0622400501")).awaitEnd(CALL_TIMEOUT);

    assertThat(call.reachedFallbackQueue()).isTrue();
    assertThat(call.events())
        .extracting(AmiEvent::name)
        .as("app_queue records the timeout as an abandon, before any hang-up request")
        .containsSubsequence(
            "QueueCallerJoin",
            "QueueCallerAbandon",
            "QueueCallerLeave",
            "SoftHangupRequest",
            "Hangup")
        .doesNotContain("HangupRequest", "AgentConnect");
    await().atMost(Duration.ofSeconds(10)).until(() -> counted("timed-out") == timedOut + 1);
    assertThat(recorded(call)).containsEntry("OUTCOME", "TIMED_OUT");
  }

  @Test
  void callersWaitingWhenTheServiceDiesReachTheFallbackQueueAndAnAdvisorWhoLogsInLater() {
    pbx().phone("adv101").answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(3));
    SippCall caller = pbx().call(Menu.typingAhead("0622400201", Topic.TRESORERIE, "14"));
    await().atMost(Duration.ofSeconds(20)).until(() -> caller.observed().waiting());

    pbx().agiWire().refuse();
    pbx().agiWire().dropAll();
    presence.logIn("adv101", clock.instant());
    ObservedCall call = caller.awaitEnd(CALL_TIMEOUT);

    assertThat(call.reachedFallbackQueue()).isTrue();
    assertThat(call.answeredBy()).isEqualTo("adv101");
    assertThat(pbx().messagesAbout(call.channel()))
        .as("AGISTATUS alone would not have sent the caller to the queue")
        .anyMatch(line -> line.contains("Hotline fallback: AGISTATUS=SUCCESS HOTLINE_ACTION="));
  }

  @Test
  void aCallerWhoseAdvisorDidNotAnswerWhenTheServiceDiedReachesTheFallbackQueue() {
    teamOf("adv101", "adv102");
    pbx().phone("adv101").neverAnswers();
    SippCall caller = pbx().call(Menu.typingAhead("0622400301", Topic.TRESORERIE, "14"));
    await().atMost(Duration.ofSeconds(20)).until(() -> state("adv101") == PresenceState.RINGING);

    pbx().agiWire().refuse();
    presence.pause("adv101", "meeting", clock.instant());
    ObservedCall call = caller.awaitEnd(CALL_TIMEOUT);

    assertThat(call.scripts())
        .as("the after-dial script could not reach the service\n%s", call)
        .containsExactly("hotline");
    assertThat(call.reachedFallbackQueue())
        .as("the decision of the first script is not reused after the Dial")
        .isTrue();
    assertThat(call.dials())
        .extracting(ObservedCall.Dial::target, ObservedCall.Dial::status)
        .last()
        .isEqualTo(tuple("PJSIP/adv102", "ANSWER"));
    assertThat(call.dials()).extracting(ObservedCall.Dial::target).containsOnlyOnce("PJSIP/adv101");
  }

  @Test
  void callersFallingBackInReverseOrderAreAnsweredByTheQueueInTheOrderTheyArrived() {
    List<String> callers =
        List.of("0622400401", "0622400402", "0622400403", "0622400404", "0622400405");
    pbx().phone("adv101").answersAfter(Duration.ofMillis(500), Duration.ofSeconds(1));
    List<SippCall> calls = new ArrayList<>();
    for (String caller : callers) {
      calls.add(pbx().call(Menu.typingAhead(caller, Topic.TRESORERIE, "14")));
      await().atMost(Duration.ofSeconds(20)).until(() -> pbx().observe(caller).waiting());
    }

    pbx().agiWire().refuse();
    List<String> lastFirst = new ArrayList<>(callers);
    Collections.reverse(lastFirst);
    for (String caller : lastFirst) {
      pbx().agiWire().connections().stream()
          .filter(connection -> !connection.closed())
          .filter(connection -> AgiSession.of(connection).callerId().equals(caller))
          .findFirst()
          .orElseThrow()
          .drop();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> pbx().observe(caller).reachedFallbackQueue());
    }
    presence.logIn("adv101", clock.instant());
    calls.forEach(call -> call.awaitEnd(CALL_TIMEOUT));

    assertThat(
            callers.stream()
                .map(pbx()::observe)
                .sorted(Comparator.comparing(ObservedCall::answeredAt))
                .map(ObservedCall::callerNumber))
        .as("the order app_queue answered them")
        .containsExactlyElementsOf(callers);
  }

  private double counted(String outcome) {
    return meters.get("hotline.calls.fallback").tag("outcome", outcome).counter().count();
  }

  private Map<String, Object> recorded(ObservedCall call) {
    return jdbc.queryForMap(
        "select outcome, waited_seconds from fallback_call where call_id = ?", call.uniqueId());
  }
}
