package fr.cci.hotline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.testing.AmiTestClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The fallback queue with the project's queues.conf, as Asterisk 22 runs it (AsteriskFallbackTests,
 * SimulatorParityTests): a caller nobody can be rung for hears their position at once (the music
 * stops and resumes); a caller who hangs up is abandoned after their hang-up request; a caller
 * whose Queue() timeout runs out is recorded as abandoned too, then hears the closing message.
 */
class FallbackQueueTests {

  @RegisterExtension
  PbxSimulatorExtension pbx =
      PbxSimulatorExtension.with(SimulatorSettings::withProjectConfiguration);

  @BeforeEach
  void theServiceDoesNotAnswerFastAgi() {
    pbx.simulator().agiTarget("127.0.0.1", closedPort());
  }

  @Test
  void aCallerWhoHangsUpWhileWaitingIsAbandonedAfterTheirHangUpRequest() throws Exception {
    try (AmiTestClient ami = AmiTestClient.loggedIn(pbx.simulator().amiPort())) {
      CallRecord call =
          pbx.simulator()
              .call(CallerScript.from("0611223355").hangUpAfterAnswer(Duration.ofSeconds(6)))
              .awaitEnd(Duration.ofSeconds(20));

      assertThat(call.reachedFallbackQueue()).isTrue();
      assertThat(callerEvents(ami))
          .containsSubsequence(
              "QueueCallerJoin",
              "MusicOnHoldStart",
              "MusicOnHoldStop",
              "MusicOnHoldStart",
              "HangupRequest",
              "MusicOnHoldStop",
              "QueueCallerAbandon",
              "QueueCallerLeave",
              "SoftHangupRequest",
              "Hangup");
    }
  }

  @Test
  void aCallerWhoseQueueTimeoutRunsOutIsRecordedAsAbandonedThenHearsTheClosingMessage()
      throws Exception {
    pbx.simulator().global("HOTLINE_FALLBACK_TIMEOUT", "3");
    try (AmiTestClient ami = AmiTestClient.loggedIn(pbx.simulator().amiPort())) {
      CallRecord call =
          pbx.simulator().call(CallerScript.from("0611223356")).awaitEnd(Duration.ofSeconds(20));

      assertThat(call.promptsPlayed()).contains("hotline/fallback-timeout");
      List<String> events = callerEvents(ami);
      assertThat(events)
          .containsSubsequence(
              "QueueCallerJoin",
              "MusicOnHoldStart",
              "MusicOnHoldStop",
              "MusicOnHoldStart",
              "QueueCallerAbandon",
              "MusicOnHoldStop",
              "QueueCallerLeave",
              "SoftHangupRequest",
              "Hangup")
          .doesNotContain("HangupRequest");
    }
  }

  @Test
  void theFallbackCallIsOnRecordInAstDbAndDbGetTreeAnswersLikeAsterisk() throws Exception {
    CallRecord call =
        pbx.simulator()
            .call(CallerScript.from("0611223366").hangUpAfterAnswer(Duration.ofSeconds(6)))
            .awaitEnd(Duration.ofSeconds(20));

    try (AmiTestClient ami = AmiTestClient.loggedIn(pbx.simulator().amiPort())) {
      ami.action("Action: DBGetTree", "ActionID: f1", "Family: hotline-fallback");
      ami.action("Action: DBGetTree", "ActionID: f2", "Family: hotline-nothing-here");
      ami.awaitMessage(m -> "f2".equals(m.get("ActionID")) && m.containsKey("ListItems"));

      // The shared asterisk/ami-dbgettree-transcript.txt, second capture: headers in this order.
      assertThat(ami.awaitResponse("f1").keySet())
          .containsExactly("Response", "ActionID", "EventList", "Message");
      assertThat(ami.events("DBGetTreeResponse")).hasSize(1);
      Map<String, String> entry = ami.events("DBGetTreeResponse").get(0);
      assertThat(entry.keySet()).containsExactly("Event", "Key", "Val", "ActionID");
      assertThat(entry.get("Key"))
          .matches("/hotline-fallback/\\d+/" + Pattern.quote(call.uniqueId()));
      assertThat(entry.get("Val")).matches("\\d{10},\\d{10},\\d{10},,,,,0611223366");
      assertThat(ami.events("DBGetTreeComplete"))
          .extracting(m -> m.get("ActionID") + " " + m.get("ListItems"))
          .containsExactly("f1 1", "f2 0");
      assertThat(ami.events("DBGetTreeComplete").get(0).keySet())
          .containsExactly("Event", "ActionID", "EventList", "ListItems");
    }
  }

  private static List<String> callerEvents(AmiTestClient ami) throws Exception {
    ami.awaitEvent("Hangup", event -> event.get("Channel").startsWith("PJSIP/operator-"));
    return ami.eventNames();
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
