package fr.cci.hotline.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.testing.AgiSession;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The presence feature codes dialled from an advisor's desk phone that authenticates as its
 * endpoint in pjsip.conf (digest challenge), on the real Asterisk.
 */
class AsteriskFeatureCodeTests extends AsteriskTestSupport {

  @Test
  void anAdvisorLogsInPausesResumesAndLogsOutFromTheirDeskPhone() {
    pbx().dialFeatureCode("adv103", "*41");
    await().atMost(Duration.ofSeconds(5)).until(() -> state("adv103") == PresenceState.AVAILABLE);

    pbx().dialFeatureCode("adv103", "*43");
    await().atMost(Duration.ofSeconds(5)).until(() -> state("adv103") == PresenceState.PAUSED);
    assertThat(status("adv103").pauseReason()).isEqualTo("other");

    pbx().dialFeatureCode("adv103", "*43");
    await().atMost(Duration.ofSeconds(5)).until(() -> state("adv103") == PresenceState.AVAILABLE);

    pbx().dialFeatureCode("adv103", "*42");
    await().atMost(Duration.ofSeconds(5)).until(() -> state("adv103") == PresenceState.OFFLINE);

    assertThat(prompt("hotline-advisor?code=login")).containsExactly("hotline/advisor-logged-in");
    assertThat(prompt("hotline-advisor?code=pause"))
        .containsExactly("hotline/advisor-paused", "hotline/advisor-resumed");
    assertThat(prompt("hotline-advisor?code=logout")).containsExactly("hotline/advisor-logged-out");
    assertThat(pbx().agiSessions("hotline-advisor?code=login").get(0).environment())
        .containsEntry(
            "agi_channel",
            pbx().agiSessions("hotline-advisor?code=login").get(0).environment().get("agi_channel"))
        .hasEntrySatisfying(
            "agi_channel", channel -> assertThat(channel).startsWith("PJSIP/adv103-"));
  }

  /** The prompt each session of a feature-code script played, oldest first. */
  private static java.util.List<String> prompt(String script) {
    return pbx().agiSessions(script).stream()
        .flatMap(session -> session.commands().stream())
        .filter(command -> command.startsWith("STREAM FILE"))
        .map(command -> AgiSession.words(command).get(2))
        .toList();
  }
}
