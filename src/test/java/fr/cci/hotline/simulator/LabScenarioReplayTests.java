package fr.cci.hotline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The wire captures of a real Asterisk 22 (src/test/resources/simulator/lab) replayed on the
 * simulator with the reconstructed lab dialplan: same AMI actions and ActionIDs, same FastAGI
 * commands; every event the simulator sends is compared with the captured one (see {@link
 * EventStreamComparison} for what is compared and how order is judged). The scenarios run in the
 * order they were captured, on one simulator, because the lab's Asterisk carried its state from one
 * to the next.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LabScenarioReplayTests {

  private LabSession lab;

  @BeforeAll
  void startTheLab() throws Exception {
    lab = LabSession.start();
  }

  @AfterAll
  void stopTheLab() {
    lab.close();
  }

  @Test
  @Order(0)
  void s0AnswersTheBasicActionsAndRingsALocalAdvisorForAnOriginatedApplication() throws Exception {
    assertMatches(lab.replay("ami-basics-transcript.txt", "S0"));
  }

  @Test
  @Order(1)
  void s1QueuesTheCallerToTheNextSupportAdvisorAfterTheServiceChoseTheQueue() throws Exception {
    assertMatches(lab.replay("ami-transcript.txt", "S1"));
  }

  @Test
  @Order(2)
  void s2DialsTheLocalAdvisorTheServiceChoseFromTheDialplan() throws Exception {
    assertMatches(lab.replay("ami-direct-dial-transcript.txt", "S2"));
  }

  @Test
  @Order(3)
  void s3DialsTheAdvisorFromTheScriptWithExecDial() throws Exception {
    assertMatches(lab.replay("ami-agi-exec-dial-transcript.txt", "S3"));
  }

  @Test
  @Order(4)
  void s4RingsTheNextMemberWhenOneRingsOutAndListsTheWaitingCaller() throws Exception {
    LabReplay replay =
        lab.replay("ami-queue-noanswer-transcript.txt", "S4", "ami-queuestatus-during-call.txt");
    assertMatches(replay);
    EventStreamComparison queueStatus = replay.sideComparison();
    assertThat(queueStatus.differences()).as(queueStatus.report()).isEmpty();
  }

  @Test
  @Order(5)
  void s5EndsTheScriptWithHangupThen511WhenTheCallerLeavesDuringGetData() throws Exception {
    assertMatches(lab.replay("ami-agi-hangup-transcript.txt", "S5"));
  }

  @Test
  @Order(6)
  void s6LosesTheDigitsPressedWhileTheScriptIsBetweenCommands() throws Exception {
    assertMatches(lab.replay("ami-agi-slow-transcript.txt", "S6"));
  }

  @Test
  @Order(7)
  void s7FallsBackToTheQueueWhenTheScriptClosesWithoutDeciding() throws Exception {
    assertMatches(lab.replay("ami-agi-crash-transcript.txt", "S7"));
  }

  @Test
  @Order(8)
  void s8FallsBackToTheQueueWhenNothingListensForFastAgi() throws Exception {
    assertMatches(lab.replay("ami-fallback-transcript.txt", "S8"));
  }

  @Test
  @Order(9)
  void s9QueuesASipCallerToAPjsipAdvisor() throws Exception {
    assertMatches(lab.replayInbound("ami-sip-queue-transcript.txt", "S9", sipCaller("5")));
  }

  @Test
  @Order(10)
  void s10DialsThePjsipAdvisorTheServiceChoseForASipCaller() throws Exception {
    assertMatches(lab.replayInbound("ami-sip-direct-transcript.txt", "S10", sipCaller("2202")));
  }

  /** sipp's caller: RFC 4733 keys of 160 ms every 460 ms from 1 s after the answer, BYE at 16 s. */
  private static CallerScript sipCaller(String digits) {
    return CallerScript.from("5550100")
        .named("SIPp Caller")
        .viaEndpoint("sipp")
        .dialling("3000")
        .intoContext("ivr-in")
        .keyPresses(Duration.ofMillis(160), Duration.ofMillis(300))
        .pressAt(Duration.ofSeconds(1), digits)
        .hangUpAfterAnswer(Duration.ofSeconds(16));
  }

  private static void assertMatches(LabReplay replay) {
    assertThat(replay.sessionDifferences()).as(replay.scenario() + " session").isEmpty();
    EventStreamComparison responses = replay.responseComparison();
    assertThat(responses.differences()).as(responses.report()).isEmpty();
    EventStreamComparison events = replay.comparison();
    assertThat(events.differences()).as(events.report()).isEmpty();
  }
}
