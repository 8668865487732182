package fr.cci.hotline.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.testing.PbxTestSupport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

/** AMI actions against the PBX simulator, as the fallback queue and call-backs use them. */
@Import(CallControlTests.OriginateOutcomes.class)
class CallControlTests extends PbxTestSupport {

  @Autowired CallControl control;
  @Autowired OriginateOutcomes outcomes;

  @TestConfiguration
  static class OriginateOutcomes {
    final List<OriginateFinished> finished = new CopyOnWriteArrayList<>();

    @EventListener
    void finished(OriginateFinished outcome) {
      finished.add(outcome);
    }
  }

  @Test
  void queueMembershipFollowsAddPauseAndRemove() {
    control.queueAdd("hotline-fallback", "PJSIP/adv103", "Sophie Marie", false);
    control.queueAdd("hotline-fallback", "PJSIP/adv103", "Sophie Marie", false); // already there
    control.queuePause("hotline-fallback", "PJSIP/adv103", true, "lunch");

    assertThat(pbx.queueMembers("hotline-fallback")).contains("PJSIP/adv103");

    control.queueRemove("hotline-fallback", "PJSIP/adv103");
    control.queueRemove("hotline-fallback", "PJSIP/adv103"); // not there any more

    assertThat(pbx.queueMembers("hotline-fallback")).doesNotContain("PJSIP/adv103");
  }

  @Test
  void anOriginatedCallReportsItsOutcome() {
    pbx.advisor("adv103").registered().answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(2));

    String id =
        control.originate(
            "PJSIP/adv103",
            null,
            new DialplanExtension("hotline-advisors", "*41"),
            "Hotline <0232100900>",
            Duration.ofSeconds(20),
            Map.of());

    OriginateFinished outcome =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    outcomes.finished.stream()
                        .filter(done -> id.equals(done.originateId()))
                        .findFirst(),
                found -> found.isPresent())
            .orElseThrow();
    assertThat(outcome.answered()).isTrue();
    assertThat(outcome.channel()).startsWith("PJSIP/adv103");
  }

  @Test
  void anActionOnAChannelThatDoesNotExistIsRefused() {
    assertThatThrownBy(() -> control.hangup("PJSIP/nobody-00000000"))
        .isInstanceOf(TelephonyFailure.class)
        .hasMessageContaining("Hangup refused by Asterisk");
  }
}
