package fr.cci.hotline.advisors.pbx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.advisors.AdvisorsIntegrationTest;
import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.advisors.RecordingCallControl;
import fr.cci.hotline.advisors.admin.Fixtures;
import fr.cci.hotline.telephony.AmiConnected;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;

/** The dialplan's fallback queue follows presence, and is repaired after each AMI connection. */
@AdvisorsIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class FallbackQueueTests {

  private static final Duration SOON = Duration.ofSeconds(10);

  @Autowired ApplicationEventPublisher pbx;
  @Autowired Presence presence;
  @Autowired Fixtures fixtures;
  @Autowired RecordingCallControl callControl;

  @AfterEach
  void linkUp() {
    callControl.linkDown(false);
  }

  @Test
  void loggingInPausingResumingAndLoggingOutAreMirroredInTheQueue() {
    String advisor = fixtures.deskAdvisor();
    String phone = fixtures.phoneOf(advisor);

    presence.logIn(advisor, Instant.now());
    presence.pause(advisor, "lunch", Instant.now());
    presence.resume(advisor, Instant.now());
    presence.logOut(advisor, Instant.now());

    await()
        .atMost(SOON)
        .untilAsserted(
            () ->
                assertThat(callControl.actionsFor(phone))
                    .containsExactly(
                        "queueAdd hotline-fallback "
                            + phone
                            + " Conseiller "
                            + advisor
                            + " paused=false",
                        "queuePause hotline-fallback " + phone + " paused=true lunch",
                        "queuePause hotline-fallback " + phone + " paused=false null",
                        "queueRemove hotline-fallback " + phone));
  }

  @Test
  void eachAmiConnectionReappliesEveryAdvisorsMembership() {
    String available = fixtures.deskAdvisor();
    String paused = fixtures.deskAdvisor();
    String offline = fixtures.deskAdvisor();
    presence.logIn(available, Instant.now());
    presence.logIn(paused, Instant.now());
    presence.pause(paused, "training", Instant.now());

    pbx.publishEvent(new AmiConnected(Instant.now(), "22.10.1"));

    String availablePhone = fixtures.phoneOf(available);
    String pausedPhone = fixtures.phoneOf(paused);
    String offlinePhone = fixtures.phoneOf(offline);
    await()
        .atMost(SOON)
        .untilAsserted(
            () -> {
              assertThat(callControl.actionsFor(availablePhone))
                  .endsWith(
                      "queueAdd hotline-fallback "
                          + availablePhone
                          + " Conseiller "
                          + available
                          + " paused=false",
                      "queuePause hotline-fallback " + availablePhone + " paused=false null");
              assertThat(callControl.actionsFor(pausedPhone))
                  .endsWith(
                      "queueAdd hotline-fallback "
                          + pausedPhone
                          + " Conseiller "
                          + paused
                          + " paused=true",
                      "queuePause hotline-fallback " + pausedPhone + " paused=true training");
              assertThat(callControl.actionsFor(offlinePhone))
                  .containsExactly("queueRemove hotline-fallback " + offlinePhone);
            });
  }

  @Test
  void aLinkDownNeverUndoesAPresenceChangeAndTheNextConnectionRepairsTheQueue(
      CapturedOutput output) {
    String advisor = fixtures.deskAdvisor();
    String phone = fixtures.phoneOf(advisor);
    callControl.linkDown(true);

    presence.logIn(advisor, Instant.now());

    assertThat(presence.status(advisor).orElseThrow().state()).isEqualTo(PresenceState.AVAILABLE);
    await()
        .atMost(SOON)
        .until(
            () ->
                output
                    .getOut()
                    .contains(
                        "Fallback queue not updated for "
                            + advisor
                            + " (queueAdd: the AMI link is down); repaired at the next AMI"
                            + " connection"));
    assertThat(callControl.actionsFor(phone)).isEmpty();

    callControl.linkDown(false);
    pbx.publishEvent(new AmiConnected(Instant.now(), "22.10.1"));

    await()
        .atMost(SOON)
        .until(
            () ->
                callControl
                    .actionsFor(phone)
                    .equals(
                        List.of(
                            "queueAdd hotline-fallback "
                                + phone
                                + " Conseiller "
                                + advisor
                                + " paused=false",
                            "queuePause hotline-fallback " + phone + " paused=false null")));
  }

  @Test
  void anAdvisorWhosePhoneChangesMovesToTheNewPhoneInTheQueue() {
    String advisor = fixtures.deskAdvisor();
    String oldPhone = fixtures.phoneOf(advisor);
    presence.logIn(advisor, Instant.now());
    String newPhone = "PJSIP/0611223344@operator";

    fixtures.changePhone(advisor, newPhone);

    await()
        .atMost(SOON)
        .untilAsserted(
            () -> {
              assertThat(callControl.actionsFor(oldPhone))
                  .endsWith("queueRemove hotline-fallback " + oldPhone);
              assertThat(callControl.actionsFor(newPhone))
                  .startsWith(
                      "queueAdd hotline-fallback "
                          + newPhone
                          + " Conseiller "
                          + advisor
                          + " paused=false");
            });
  }
}
