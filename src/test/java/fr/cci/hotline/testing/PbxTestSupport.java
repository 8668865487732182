package fr.cci.hotline.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.advisors.AdvisorDirectory;
import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseRecords;
import fr.cci.hotline.simulator.CallRecord;
import fr.cci.hotline.simulator.CallerScript;
import fr.cci.hotline.simulator.PbxSimulator;
import fr.cci.hotline.simulator.SimulatedCall;
import fr.cci.hotline.simulator.SimulatorSettings;
import fr.cci.hotline.telephony.TelephonyStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service against the PBX simulator over real sockets: the simulator's AMI server is the
 * service's Asterisk, and the simulator's calls reach the service's FastAGI server. The simulator
 * runs twenty times faster than real time; one simulator serves every test class that extends this
 * one (they share one Spring context). Call-backs are retried after 2 s, then 4 s (the service's
 * time, which runs at the real pace); a business owner's phone rings 10 s (the simulator's).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "hotline.routing.position-announcement-every=3s",
      "hotline.routing.callbacks.retry-delays=2s,4s",
      "hotline.routing.callbacks.owner-ring-timeout=10s",
      "hotline.advisors.wrap-up=0s",
      "hotline.ivr.closures=2026-12-24/2026-12-26",
    })
@ActiveProfiles("test")
@Import(TestTimeConfiguration.class)
public abstract class PbxTestSupport {

  /** A Thursday at ten in Paris: the line is open. */
  protected static final Instant OPEN_HOURS = Instant.parse("2026-11-26T09:00:00Z");

  @Autowired protected AdjustableClock clock;
  @Autowired protected Presence presence;
  @Autowired protected AdvisorDirectory advisors;
  @Autowired protected CaseRecords cases;

  protected static final PbxSimulator pbx =
      PbxSimulator.start(
          SimulatorSettings.defaults()
              .withSpeed(20)
              .withAmiCredentials("hotline", "hotline")
              .withDialplan(Path.of("asterisk-config/extensions.conf")));

  @Autowired protected TelephonyStatus telephony;

  @DynamicPropertySource
  static void pointTheServiceAtThePbx(DynamicPropertyRegistry registry) {
    registry.add("hotline.telephony.ami.port", pbx::amiPort);
    registry.add("hotline.telephony.ami.username", () -> "hotline");
    registry.add("hotline.telephony.ami.password", () -> "hotline");
  }

  @BeforeEach
  void pointThePbxAtTheService() {
    pbx.agiTarget("127.0.0.1", telephony.agiPort());
    clock.setTo(OPEN_HOURS);
    await().atMost(Duration.ofSeconds(10)).until(telephony::amiConnected);
    advisors.active().forEach(advisor -> presence.logOut(advisor.id(), clock.instant()));
  }

  /** Logs these advisors in; their desk phones answer after a short ring and talk a while. */
  protected void teamOf(String... advisorIds) {
    for (String id : advisorIds) {
      pbx.advisor(id).registered().answersAfter(Duration.ofSeconds(2), Duration.ofSeconds(20));
      presence.logIn(id, clock.instant());
    }
  }

  /**
   * A caller who listens to the welcome, asks about trésorerie and gives a département (its keys
   * from {@link MenuKeys}, e.g. {@code MenuKeys.CALVADOS}); they then join the waiting line.
   */
  protected static CallerScript tresorerieCaller(String number, String department) {
    return CallerScript.from(number)
        .stayQuiet()
        .stayQuiet()
        .pressWhenAsked(MenuKeys.TRESORERIE)
        .pressWhenAsked(department);
  }

  protected static CallRecord ended(SimulatedCall call) {
    return call.awaitEnd(Duration.ofSeconds(60));
  }

  /** The case of a call once its record has caught up with {@code until}. */
  protected CaseDetails caseOf(CallRecord call, Predicate<CaseDetails> until) {
    String number = call.finalVariables().get("HOTLINE_CASE");
    assertThat(number).as("HOTLINE_CASE set on the channel").isNotBlank();
    return await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> cases.find(number).orElse(null), found -> found != null && until.test(found));
  }
}
