package fr.cci.hotline.telephony.agi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.telephony.CallScript;
import fr.cci.hotline.telephony.TelephonySettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class FastAgiServerTests {

  /** Both the environment and the reply time-outs of these tests. */
  private static final Duration BOUND = Duration.ofSeconds(1);

  /** The bound plus what a loaded machine may add. */
  private static final Duration RELEASED_WITHIN = BOUND.plusMillis(1500);

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private FastAgiServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void aPeerOutsideTheAllowListIsClosedAtOnceAndLoggedOnce(CapturedOutput output)
      throws IOException {
    server = start(settings(0, List.of("192.0.2.1")));

    assertThat(closedByServer(server.port())).isTrue();
    assertThat(closedByServer(server.port())).isTrue();

    assertThat(output.getOut().split("Refused a FastAGI connection from 127.0.0.1", -1)).hasSize(2);
    assertThat(output.getOut()).doesNotContain("\tat ");
  }

  @Test
  void itReportsListeningOnlyBetweenStartAndStop() {
    server = start(settings(0, List.of("127.0.0.1")));
    assertThat(server.isListening()).isTrue();

    server.stop();

    assertThat(server.isListening()).isFalse();
    assertThat(server.isRunning()).isFalse();
  }

  @Test
  void aTakenPortStopsStartUpWithTheAddressInTheMessage() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      FastAgiServer clash =
          new FastAgiServer(
              settings(taken.getLocalPort(), List.of("127.0.0.1")),
              List.of(),
              new SimpleMeterRegistry());

      assertThatThrownBy(clash::start)
          .hasMessageStartingWith(
              "hotline.telephony.agi.port = "
                  + taken.getLocalPort()
                  + ": cannot listen on 127.0.0.1");
    }
  }

  private static FastAgiServer start(TelephonySettings settings) {
    FastAgiServer started = new FastAgiServer(settings, List.of(), new SimpleMeterRegistry());
    started.start();
    return started;
  }

  private static TelephonySettings settings(int port, List<String> allowed) {
    return new TelephonySettings(
        new TelephonySettings.Ami(
            "127.0.0.1",
            5038,
            "hotline",
            "",
            Duration.ofSeconds(1),
            Duration.ofSeconds(30),
            Duration.ofSeconds(15),
            Duration.ofSeconds(10)),
        new TelephonySettings.Agi(
            "127.0.0.1", port, allowed, 2, 10, Duration.ofSeconds(1), BOUND, BOUND),
        "hotline");
  }

  /** Whether the server closed our connection without a word (read gives end of stream). */
  private static boolean closedByServer(int port) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(2000);
      InputStream in = socket.getInputStream();
      return in.read() == -1;
    }
  }

  @Test
  void garbageFollowedBySilenceIsClosedAndItsWorkerReleased() throws Exception {
    assertClosedAndReleased("GET / HTTP/1.1\r\nHost: hotline\r\n", "environment");
  }

  @Test
  void aPartialEnvironmentFollowedBySilenceIsClosedAndItsWorkerReleased() throws Exception {
    assertClosedAndReleased(
        "agi_network: yes\nagi_network_script: answering\nagi_channel: PJSIP/operator-0\n",
        "environment");
  }

  @Test
  void aPeerThatConnectsAndSendsNothingIsClosedAndItsWorkerReleased() throws Exception {
    assertClosedAndReleased("", "environment");
  }

  @Test
  void aPbxThatNeverAnswersACommandIsClosedAfterTheReplyTimeOutAndCounted() throws Exception {
    assertClosedAndReleased(
        "agi_network: yes\nagi_network_script: answering\nagi_request: agi://127.0.0.1/answering\n"
            + "agi_channel: PJSIP/operator-0\nagi_uniqueid: 1.1\nagi_callerid: 0600000001\n\n",
        "reply");
  }

  /**
   * Sends {@code opening} and then nothing: the server must close the connection within the bound,
   * free its worker thread and count the time-out in the given phase.
   */
  private void assertClosedAndReleased(String opening, String phase) throws Exception {
    server = startWith(List.of(answering()));
    try (Socket peer = new Socket("127.0.0.1", server.port())) {
      peer.getOutputStream().write(opening.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      peer.getOutputStream().flush();
      await().atMost(Duration.ofSeconds(1)).until(() -> server.busyWorkers() == 1);
      long start = System.nanoTime();
      peer.setSoTimeout((int) RELEASED_WITHIN.toMillis());
      InputStream in = peer.getInputStream();
      while (in.read() >= 0) {
        // the command the script sent, if any; then the end of the stream
      }
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(RELEASED_WITHIN);
    }
    await().atMost(RELEASED_WITHIN).until(() -> server.busyWorkers() == 0);
    assertThat(meters.get("hotline.agi.timeouts").tag("phase", phase).counter().count())
        .isEqualTo(1);
  }

  /** A script that answers the call: it sends one command and waits for Asterisk's reply. */
  private static CallScript answering() {
    return new CallScript() {
      @Override
      public String name() {
        return "answering";
      }

      @Override
      public void run(fr.cci.hotline.telephony.CallChannel call) {
        call.answer();
      }
    };
  }

  private FastAgiServer startWith(List<CallScript> scripts) {
    FastAgiServer started = new FastAgiServer(settings(0, List.of("127.0.0.1")), scripts, meters);
    started.start();
    return started;
  }
}
