package fr.cci.hotline.testing;

import fr.cci.hotline.simulator.CallRecord;
import fr.cci.hotline.simulator.PbxSimulator;
import fr.cci.hotline.simulator.SimulatorSettings;
import fr.cci.hotline.telephony.agi.FastAgiServer;
import fr.cci.hotline.telephony.ami.AmiLink;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.awaitility.Awaitility.await;

/**
 * The whole service against the PBX simulator over real sockets: the simulator's AMI server is
 * the service's Asterisk, and the simulator's calls reach the service's FastAGI server. The
 * simulator runs twenty times faster than real time; one simulator serves every test class that
 * extends this one (they share one Spring context).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "hotline.routing.position-announcement-every=3s",
      "hotline.advisors.wrap-up=0s",
    })
@ActiveProfiles("test")
public abstract class PbxTestSupport {

  protected static final PbxSimulator pbx =
      PbxSimulator.start(
          SimulatorSettings.defaults()
              .withSpeed(20)
              .withAmiCredentials("hotline", "hotline")
              .withDialplan(Path.of("asterisk-config/extensions.conf")));

  @Autowired protected FastAgiServer agiServer;
  @Autowired protected AmiLink amiLink;

  @DynamicPropertySource
  static void pointTheServiceAtThePbx(DynamicPropertyRegistry registry) {
    registry.add("hotline.telephony.ami.port", pbx::amiPort);
    registry.add("hotline.telephony.ami.username", () -> "hotline");
    registry.add("hotline.telephony.ami.password", () -> "hotline");
  }

  @BeforeEach
  void pointThePbxAtTheService() {
    pbx.agiTarget("127.0.0.1", agiServer.port());
    await().atMost(Duration.ofSeconds(10)).until(amiLink::isConnected);
  }

  protected static CallRecord ended(fr.cci.hotline.simulator.SimulatedCall call) {
    return call.awaitEnd(Duration.ofSeconds(30));
  }
}
