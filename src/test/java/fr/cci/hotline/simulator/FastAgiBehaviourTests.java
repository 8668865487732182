package fr.cci.hotline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The FastAGI replies of the captures: S5 (hang-up during GET DATA) and S6 (lost digits). */
class FastAgiBehaviourTests {

  @RegisterExtension PbxSimulatorExtension pbx = PbxSimulatorExtension.create();

  @Test
  void answersMinusOneThenHangupThen511WhenTheCallerLeavesDuringGetData() throws Exception {
    List<String> replies = new CopyOnWriteArrayList<>();
    try (TestFastAgiServer service =
        new TestFastAgiServer(
            session -> {
              replies.add(session.command("ANSWER"));
              replies.add(session.command("GET DATA custom/prompt 5000 4"));
              replies.add(session.command("WAIT FOR DIGIT 2000"));
              replies.add(session.command("SET VARIABLE IVR_ROUTE \"done\""));
            })) {
      pbx.simulator().agiTarget("127.0.0.1", service.port());
      CallRecord record =
          pbx.simulator()
              .call(CallerScript.from("0600000005").hangUpDuringCommand(2))
              .awaitEnd(Duration.ofSeconds(10));

      assertThat(replies)
          .containsExactly(
              "200 result=0",
              "200 result=-1",
              "511 Command Not Permitted on a dead channel or intercept routine",
              "200 result=1");
      // The unsolicited HANGUP comes between commands: before or after the next one is sent,
      // whichever the two threads make first, but always before the 511.
      List<String> transcript = record.agiTranscript();
      assertThat(transcript)
          .containsSubsequence(
              "<<< 200 result=-1",
              "<<< HANGUP",
              "<<< 511 Command Not Permitted on a dead channel or intercept routine")
          .containsSubsequence(
              ">>> WAIT FOR DIGIT 2000",
              "<<< 511 Command Not Permitted on a dead channel or intercept routine");
      assertThat(record.agiStatus()).isEqualTo("HANGUP");
      assertThat(record.finalVariables()).containsEntry("IVR_ROUTE", "done");
    }
  }

  @Test
  void losesDigitsPressedWhileTheScriptIsBetweenCommands() throws Exception {
    List<String> replies = new CopyOnWriteArrayList<>();
    try (TestFastAgiServer service =
        new TestFastAgiServer(
            session -> {
              session.command("ANSWER");
              sleepQuietly(150); // 3 s of "thinking" at speed 20
              replies.add(session.command("GET DATA custom/prompt 5000 4"));
            })) {
      pbx.simulator().agiTarget("127.0.0.1", service.port());
      pbx.simulator()
          .call(
              CallerScript.from("0600000006")
                  .pressAt(Duration.ofSeconds(1), "1")
                  .pressAt(Duration.ofSeconds(5), "2")
                  .hangUpAfterAnswer(Duration.ofSeconds(30)))
          .awaitEnd(Duration.ofSeconds(10));

      assertThat(replies).containsExactly("200 result=2 (timeout)");
    }
  }

  @Test
  void returnsTheAsciiCodeForWaitForDigitAndEmptyTimeoutForGetData() throws Exception {
    List<String> replies = new CopyOnWriteArrayList<>();
    try (TestFastAgiServer service =
        new TestFastAgiServer(
            session -> {
              replies.add(session.command("ANSWER"));
              replies.add(session.command("GET DATA custom/prompt 2000 4"));
              replies.add(session.command("WAIT FOR DIGIT 5000"));
              replies.add(session.command("GET VARIABLE NOT_SET"));
              replies.add(session.command("GET FULL VARIABLE ${CALLERID(num)}/${EXTEN}"));
              replies.add(session.command("FROBNICATE"));
            })) {
      pbx.simulator().agiTarget("127.0.0.1", service.port());
      pbx.simulator()
          .call(
              CallerScript.from("0600000007")
                  .stayQuiet()
                  .pressWhenAsked("5")
                  .hangUpAfterWaiting(Duration.ofSeconds(5)))
          .awaitEnd(Duration.ofSeconds(10));

      assertThat(replies)
          .containsExactly(
              "200 result=0",
              "200 result= (timeout)",
              "200 result=53",
              "200 result=0",
              "200 result=1 (0600000007/s)",
              "510 Invalid or unknown command");
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
