package fr.cci.hotline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.testing.AmiTestClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Calls through the project's own extensions.conf, the service played by a test FastAGI server. */
class InboundCallTests {

  @RegisterExtension PbxSimulatorExtension pbx = PbxSimulatorExtension.create();

  @Test
  void connectsTheCallerToTheAdvisorTheServiceChose() throws Exception {
    PbxSimulator simulator = pbx.simulator();
    simulator.advisor("adv101").answersAfter(Duration.ofSeconds(2), Duration.ofSeconds(10));
    try (AmiTestClient ami = AmiTestClient.loggedIn(simulator.amiPort());
        TestFastAgiServer service =
            new TestFastAgiServer(
                session -> {
                  session.command("ANSWER");
                  String digits = session.command("GET DATA hotline/welcome 5000 1");
                  session.command("SET VARIABLE HOTLINE_CHOICE \"" + digits + "\"");
                  session.command("SET VARIABLE HOTLINE_ACTION CONNECT");
                  session.command("SET VARIABLE HOTLINE_TARGET PJSIP/adv101");
                  session.command("SET VARIABLE HOTLINE_RING_TIMEOUT 20");
                })) {
      simulator.agiTarget("127.0.0.1", service.port());

      CallRecord record =
          simulator
              .call(CallerScript.from("0611223344").pressWhenAsked("1"))
              .awaitEnd(Duration.ofSeconds(10));

      assertThat(service.sessions().get(0).environment())
          .containsEntry("agi_network_script", "hotline")
          .containsEntry("agi_callerid", "0611223344")
          .containsEntry("agi_dnid", "0232100900")
          .containsEntry("agi_context", "hotline-call")
          .containsEntry("agi_extension", "s");
      assertThat(record.agiTranscript())
          .contains(">>> GET DATA hotline/welcome 5000 1", "<<< 200 result=1");
      assertThat(record.answeredBy()).isEqualTo("adv101");
      assertThat(record.dials()).extracting(DialAttempt::dialStatus).containsExactly("ANSWER");
      assertThat(record.finalVariables()).containsEntry("DIALSTATUS", "ANSWER");
      assertThat(record.reachedFallbackQueue()).isFalse();
      assertThat(record.hangupCause()).isEqualTo(16);
      ami.awaitEvent("Hangup", e -> e.get("Channel").startsWith("PJSIP/operator-"));
      assertThat(ami.eventNames())
          .containsSubsequence(
              "Newchannel", "DialBegin", "DialEnd", "BridgeEnter", "BridgeLeave", "Hangup");
      assertThat(ami.awaitEvent("DialBegin", e -> true)).containsEntry("DialString", "adv101");
      assertThat(ami.awaitEvent("DialEnd", e -> true)).containsEntry("DialStatus", "ANSWER");
    }
  }

  @Test
  void sendsTheCallerToTheFallbackQueueWhenNothingListensForFastAgi() throws Exception {
    PbxSimulator simulator = pbx.simulator();
    simulator.advisor("adv102").answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(5));
    simulator.agiTarget("127.0.0.1", TestFastAgiServer.freePort());
    try (AmiTestClient ami = AmiTestClient.loggedIn(simulator.amiPort())) {
      ami.action(
          "Action: QueueAdd",
          "Queue: hotline-fallback",
          "Interface: PJSIP/adv102",
          "MemberName: Advisor 102",
          "ActionID: add");
      assertThat(ami.awaitResponse("add")).containsEntry("Message", "Added interface to queue");

      CallRecord record =
          simulator.call(CallerScript.from("0699887766")).awaitEnd(Duration.ofSeconds(10));

      ami.awaitEvent("Hangup", e -> e.get("Channel").startsWith("PJSIP/operator-"));
      assertThat(record.agiStatus()).isEqualTo("FAILURE");
      assertThat(record.reachedFallbackQueue()).isTrue();
      assertThat(record.answeredBy()).isEqualTo("PJSIP/adv102".substring(6));
      assertThat(ami.eventNames())
          .containsSubsequence(
              "QueueMemberAdded",
              "QueueCallerJoin",
              "AgentCalled",
              "DialBegin",
              "DialEnd",
              "QueueCallerLeave",
              "AgentConnect",
              "BridgeEnter",
              "AgentComplete",
              "Hangup");
    }
  }

  @Test
  void fallsBackWhenTheServiceAcceptsThenClosesWithoutDeciding() throws Exception {
    PbxSimulator simulator = pbx.simulator();
    simulator.advisor("adv103").answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(5));
    try (AmiTestClient ami = AmiTestClient.loggedIn(simulator.amiPort());
        TestFastAgiServer crashing = TestFastAgiServer.crashing()) {
      simulator.agiTarget("127.0.0.1", crashing.port());
      ami.action(
          "Action: QueueAdd",
          "Queue: hotline-fallback",
          "Interface: PJSIP/adv103",
          "ActionID: add");
      ami.awaitResponse("add");

      CallRecord record =
          simulator.call(CallerScript.from("0611000000")).awaitEnd(Duration.ofSeconds(10));

      assertThat(record.agiStatus()).isEqualTo("SUCCESS");
      assertThat(record.finalVariables().get("HOTLINE_ACTION")).isEmpty();
      assertThat(record.reachedFallbackQueue()).isTrue();
      assertThat(record.answeredBy()).isEqualTo("adv103");
    }
  }

  @Test
  void fallsBackWhenTheServiceAsksToConnectWithoutATarget() throws Exception {
    PbxSimulator simulator = pbx.simulator();
    simulator.advisor("adv104").answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(5));
    try (AmiTestClient ami = AmiTestClient.loggedIn(simulator.amiPort());
        TestFastAgiServer service =
            new TestFastAgiServer(
                session -> session.command("SET VARIABLE HOTLINE_ACTION CONNECT"))) {
      simulator.agiTarget("127.0.0.1", service.port());
      ami.action(
          "Action: QueueAdd",
          "Queue: hotline-fallback",
          "Interface: PJSIP/adv104",
          "ActionID: add");
      ami.awaitResponse("add");

      CallRecord record =
          simulator.call(CallerScript.from("0611000004")).awaitEnd(Duration.ofSeconds(10));

      assertThat(record.finalVariables()).containsEntry("HOTLINE_ACTION", "CONNECT");
      assertThat(record.reachedFallbackQueue()).isTrue();
      assertThat(record.answeredBy()).isEqualTo("adv104");
      assertThat(ami.events("Newexten"))
          .extracting(e -> e.get("Application"))
          .doesNotContain("Dial")
          .contains("Queue");
    }
  }

  @Test
  void ringsTheTargetForTheDefaultTimeWhenTheServiceGivesNoRingTimeout() throws Exception {
    PbxSimulator simulator = pbx.simulator();
    simulator.advisor("adv105").neverAnswers();
    List<String> scripts = new CopyOnWriteArrayList<>();
    try (AmiTestClient ami = AmiTestClient.loggedIn(simulator.amiPort());
        TestFastAgiServer service =
            new TestFastAgiServer(
                session -> {
                  scripts.add(session.environment().get("agi_network_script"));
                  if (scripts.size() == 1) {
                    session.command("SET VARIABLE HOTLINE_ACTION CONNECT");
                    session.command("SET VARIABLE HOTLINE_TARGET PJSIP/adv105");
                  } else {
                    session.command("SET VARIABLE HOTLINE_ACTION HANGUP");
                  }
                })) {
      simulator.agiTarget("127.0.0.1", service.port());

      CallRecord record =
          simulator.call(CallerScript.from("0611000005")).awaitEnd(Duration.ofSeconds(10));

      assertThat(ami.events("Newexten"))
          .filteredOn(e -> "Dial".equals(e.get("Application")))
          .extracting(e -> e.get("AppData"))
          .containsExactly("PJSIP/adv105,20");
      assertThat(record.dials())
          .singleElement()
          .satisfies(
              dial -> {
                assertThat(dial.dialStatus()).isEqualTo("NOANSWER");
                assertThat(dial.ringMillis()).isBetween(19_000L, 22_000L);
              });
      assertThat(scripts).containsExactly("hotline", "hotline-after-dial");
      assertThat(record.reachedFallbackQueue()).isFalse();
    }
  }
}
