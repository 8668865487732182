package fr.cci.hotline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.testing.AmiTestClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the load runs use: the script's time between a reply and its next command, raw events. */
class LoadHooksTests {

  @RegisterExtension PbxSimulatorExtension pbx = PbxSimulatorExtension.create();

  @Test
  void reportsHowLongTheScriptThoughtBeforeEachCommand() throws Exception {
    List<String> commands = new CopyOnWriteArrayList<>();
    List<Long> nanos = new CopyOnWriteArrayList<>();
    pbx.simulator()
        .onAgiTurnaround(
            (command, took) -> {
              commands.add(command);
              nanos.add(took);
            });
    try (TestFastAgiServer service =
        new TestFastAgiServer(
            session -> {
              session.command("ANSWER");
              sleepQuietly(50);
              session.command("SET VARIABLE HOTLINE_ACTION \"HANGUP\"");
            })) {
      pbx.simulator().agiTarget("127.0.0.1", service.port());
      pbx.simulator().call(CallerScript.from("0600000007")).awaitEnd(Duration.ofSeconds(10));
    }

    assertThat(commands).containsExactly("ANSWER", "SET VARIABLE HOTLINE_ACTION \"HANGUP\"");
    assertThat(nanos.get(1)).isGreaterThanOrEqualTo(Duration.ofMillis(50).toNanos());
  }

  @Test
  void publishesAnEventToTheClientsThatTakeItsClassAndCountsIt() throws Exception {
    try (AmiTestClient client = AmiTestClient.loggedIn(pbx.simulator().amiPort())) {
      long before = pbx.simulator().amiEventsDelivered();

      pbx.simulator().publishEvent("Newstate", "call,all", Map.of("Channel", "PJSIP/x-1"));

      Map<String, String> event = client.awaitEvent("Newstate", e -> true);
      assertThat(event).containsEntry("Channel", "PJSIP/x-1").containsKey("Timestamp");
      await().until(() -> pbx.simulator().amiEventsDelivered() == before + 1);
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
