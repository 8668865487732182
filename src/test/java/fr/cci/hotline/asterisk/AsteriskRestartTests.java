package fr.cci.hotline.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.asterisk.Menu.Topic;
import fr.cci.hotline.testing.ObservedCall;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Asterisk restarted under the running service: the AMI link comes back, presence and the fallback
 * queue's members are resynchronised with what changed meanwhile, and the next call is routed.
 */
class AsteriskRestartTests extends AsteriskTestSupport {

  private static final Duration LONG_OUTAGE = Duration.ofSeconds(15);

  @Autowired MeterRegistry meters;

  @AfterEach
  void asteriskRuns() {
    pbx().startAsterisk();
  }

  @Test
  @ExpectedWarnings({
    "AMI link to .* lost",
    "AMI login to .* failed",
    "Fallback queue not updated",
    "PBX resync incomplete"
  })
  void afterAnAsteriskRestartTheServiceReconnectsResynchronisesAndRoutesTheNextCall() {
    teamOf("adv101", "adv102");
    await().atMost(Duration.ofSeconds(5)).until(() -> pbx().queueMember("adv102") != null);

    pbx().stopAsterisk();
    await().atMost(Duration.ofSeconds(10)).until(() -> !telephony.amiConnected());
    assertThat(amiConnectedGauge()).isZero();
    presence.logOut("adv102", clock.instant());
    // Down long enough for the back-off to reach its longest delay.
    await().pollDelay(LONG_OUTAGE).atMost(LONG_OUTAGE.plusSeconds(1)).until(() -> true);
    pbx().startAsterisk();
    Instant ready = Instant.now();

    await().atMost(Duration.ofSeconds(10)).until(telephony::amiConnected);
    LoggerFactory.getLogger(AsteriskRestartTests.class)
        .info("AMI back {} after Asterisk was ready", Duration.between(ready, Instant.now()));
    assertThat(Duration.between(ready, Instant.now()))
        .as("AMI back after Asterisk is ready")
        .isLessThanOrEqualTo(Duration.ofSeconds(5));
    assertThat(amiConnectedGauge()).isEqualTo(1);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              assertThat(pbx().queueMember("adv102"))
                  .as("logged out while Asterisk was down: removed at the resync")
                  .isNull();
              assertThat(pbx().queueMember("adv101")).isNotNull().doesNotContain("paused");
            });
    await().atMost(Duration.ofSeconds(15)).until(() -> status("adv101").reachable());
    assertThat(state("adv102")).isEqualTo(PresenceState.OFFLINE);

    ObservedCall call =
        pbx().call(Menu.typingAhead("0622500101", Topic.TRESORERIE, "14")).awaitEnd(CALL_TIMEOUT);
    assertThat(call.answeredBy()).isEqualTo("adv101");
    assertThat(caseOf(call, found -> found.advisorId() != null).advisorId()).isEqualTo("adv101");
  }

  private double amiConnectedGauge() {
    return meters.get("hotline.ami.connected").gauge().value();
  }
}
