package fr.cci.hotline.telephony.agi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
          .hasMessageContaining(
              "hotline.telephony.agi: cannot listen on 127.0.0.1:" + taken.getLocalPort());
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
        new TelephonySettings.Agi("127.0.0.1", port, allowed, 2, 10, Duration.ofSeconds(1)),
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
}
