package fr.cci.hotline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.testing.AmiTestClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TrafficGeneratorTests {

  @RegisterExtension
  PbxSimulatorExtension pbx = PbxSimulatorExtension.with(settings -> settings.withSpeed(100));

  @Test
  void placesPoissonCallsThatAllEndInTheFallbackQueueWithoutAService() throws Exception {
    PbxSimulator simulator = pbx.simulator();
    simulator.agiTarget("127.0.0.1", TestFastAgiServer.freePort());
    try (AmiTestClient ami = AmiTestClient.loggedIn(simulator.amiPort())) {
      TrafficProfile profile =
          TrafficProfile.poisson(0.5, Duration.ofSeconds(60))
              .withAdvisors(3)
              .withTalk(Distribution.uniform(Duration.ofSeconds(5), Duration.ofSeconds(20)));
      TrafficGenerator traffic = simulator.traffic(profile);
      for (int i = 1; i <= 3; i++) {
        ami.action("Action: QueueAdd", "Queue: hotline-fallback", "Interface: PJSIP/adv10" + i);
      }

      List<CallRecord> records = traffic.awaitCompletion(Duration.ofSeconds(20));

      assertThat(records).isNotEmpty();
      assertThat(records).allMatch(CallRecord::reachedFallbackQueue);
      assertThat(records).allMatch(r -> "FAILURE".equals(r.agiStatus()));
    }
  }
}
