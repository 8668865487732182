package fr.cci.hotline.routing;

import static fr.cci.hotline.testing.MenuKeys.CALVADOS;
import static fr.cci.hotline.testing.MenuKeys.TRESORERIE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.Hotline;
import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.simulator.CallerScript;
import fr.cci.hotline.simulator.PbxSimulator;
import fr.cci.hotline.simulator.SimulatedCall;
import fr.cci.hotline.simulator.SimulatorSettings;
import fr.cci.hotline.telephony.TelephonyStatus;
import fr.cci.hotline.testing.AgiSession;
import fr.cci.hotline.testing.ObservedCall;
import fr.cci.hotline.testing.WireRecorder;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service dies while five callers wait: they reach the fallback queue in whatever order their
 * sessions end, and app_queue still serves them in the order they arrived (the dialplan's
 * QUEUE_PRIO from the arrival stamp). The simulator's side; AsteriskFallbackTests has the real one.
 */
class FallbackArrivalOrderTests {

  private static final List<String> CALLERS =
      List.of("0655000001", "0655000002", "0655000003", "0655000004", "0655000005");

  @TempDir Path directory;

  @Test
  void callersFallingBackInReverseOrderAreStillAnsweredInTheOrderTheyArrived() {
    try (PbxSimulator pbx =
            PbxSimulator.start(
                SimulatorSettings.defaults()
                    .withSpeed(5)
                    .withAmiCredentials("hotline", "hotline")
                    .withProjectConfiguration());
        WireRecorder agiWire = new WireRecorder("agi", 0, null);
        WireRecorder amiWire =
            new WireRecorder("ami", 0, new InetSocketAddress("127.0.0.1", pbx.amiPort()));
        ConfigurableApplicationContext service = start(amiWire)) {
      agiWire.upstream(
          new InetSocketAddress("127.0.0.1", service.getBean(TelephonyStatus.class).agiPort()));
      pbx.agiTarget("127.0.0.1", agiWire.port());
      await()
          .atMost(Duration.ofSeconds(10))
          .until(service.getBean(TelephonyStatus.class)::amiConnected);

      List<SimulatedCall> calls = new ArrayList<>();
      for (String caller : CALLERS) {
        calls.add(
            pbx.call(
                CallerScript.from(caller).pressWhenAsked(TRESORERIE).pressWhenAsked(CALVADOS)));
        await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> ObservedCall.of(caller, agiWire, amiWire).waiting());
      }

      agiWire.refuse();
      List<String> lastFirst = new ArrayList<>(CALLERS);
      java.util.Collections.reverse(lastFirst);
      for (String caller : lastFirst) {
        sessionOf(agiWire, caller).drop();
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> ObservedCall.of(caller, agiWire, amiWire).reachedFallbackQueue());
      }
      pbx.advisor("adv101")
          .registered()
          .answersAfter(Duration.ofMillis(500), Duration.ofSeconds(1));
      service.getBean(Presence.class).logIn("adv101", service.getBean(Clock.class).instant());
      calls.forEach(call -> call.awaitEnd(Duration.ofMinutes(2)));

      assertThat(answeredInOrder(agiWire, amiWire)).isEqualTo(CALLERS);
    }
  }

  /** The callers in the order the fallback queue connected them to an advisor. */
  static List<String> answeredInOrder(WireRecorder agiWire, WireRecorder amiWire) {
    return CALLERS.stream()
        .map(caller -> ObservedCall.of(caller, agiWire, amiWire))
        .sorted(Comparator.comparing(ObservedCall::answeredAt))
        .map(ObservedCall::callerNumber)
        .toList();
  }

  private static WireRecorder.Connection sessionOf(WireRecorder agiWire, String caller) {
    return agiWire.connections().stream()
        .filter(connection -> !connection.closed())
        .filter(connection -> AgiSession.of(connection).callerId().equals(caller))
        .findFirst()
        .orElseThrow();
  }

  private ConfigurableApplicationContext start(WireRecorder amiWire) {
    return new SpringApplicationBuilder(Hotline.class)
        .profiles("test")
        .run(
            "--hotline.cases.journal-dir=" + directory.resolve("journal"),
            "--hotline.telephony.ami.port=" + amiWire.port(),
            "--hotline.telephony.ami.username=hotline",
            "--hotline.telephony.ami.password=hotline",
            "--hotline.advisors.wrap-up=0s",
            "--hotline.ivr.opening-hours[0]=MON-SUN 00:00-24:00",
            "--hotline.ivr.french-public-holidays=false");
  }
}
