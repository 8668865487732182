package fr.cci.hotline.advisors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.testing.AmiTestClient;
import fr.cci.hotline.testing.PbxTestSupport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fallback queue as the PBX holds it, read by a second AMI session as an administrator would
 * read it on a real Asterisk ({@code queue show}, QueueStatus).
 */
class FallbackQueuePbxTests extends PbxTestSupport {

  private static final String ADVISOR = "adv105";
  private static final String PHONE = "PJSIP/adv105";
  private static final Duration SOON = Duration.ofSeconds(10);

  @Test
  void aPausedAdvisorWhosePhoneDropsAndRegistersAgainKeepsTheirPauseReason() throws Exception {
    try (AmiTestClient observer = AmiTestClient.loggedIn(pbx.amiPort())) {
      pbx.advisor(ADVISOR).registered();
      presence.logIn(ADVISOR, clock.instant());
      presence.pause(ADVISOR, "lunch", clock.instant());
      observer.awaitEvent(
          "QueueMemberPause",
          pause -> ofThePhone(pause) && "lunch".equals(pause.get("PausedReason")));

      pbx.advisor(ADVISOR).unregistered();
      await().atMost(SOON).until(() -> !status().registered());
      pbx.advisor(ADVISOR).registered();
      await().atMost(SOON).until(() -> status().reachable());

      // A pause action that the phone's return would cause arrives within milliseconds.
      await()
          .during(Duration.ofSeconds(1))
          .atMost(SOON)
          .untilAsserted(() -> assertThat(pausesOf(observer)).containsExactly("1 lunch"));
      Map<String, String> member = queueStatus(observer);
      assertThat(member.get("Paused")).isEqualTo("1");
      assertThat(member.get("PausedReason")).isEqualTo("lunch");

      // The queue's actions go out in order: the resume's comes after any the phone caused.
      presence.resume(ADVISOR, clock.instant());
      observer.awaitEvent(
          "QueueMemberPause", pause -> ofThePhone(pause) && "0".equals(pause.get("Paused")));
      assertThat(pausesOf(observer)).containsExactly("1 lunch", "0 ");
    }
  }

  private AdvisorStatus status() {
    return presence.status(ADVISOR).orElseThrow();
  }

  /**
   * Every QueueMemberPause app_queue announced for the advisor's phone since the session began (one
   * per QueuePause action), as "Paused PausedReason".
   */
  private static List<String> pausesOf(AmiTestClient observer) {
    return observer.events("QueueMemberPause").stream()
        .filter(FallbackQueuePbxTests::ofThePhone)
        .map(pause -> pause.get("Paused") + " " + pause.get("PausedReason"))
        .toList();
  }

  /** Other advisors' members are paused and resumed by the tests around this one. */
  private static boolean ofThePhone(Map<String, String> event) {
    return PHONE.equals(event.get("Interface"));
  }

  private static Map<String, String> queueStatus(AmiTestClient observer) throws Exception {
    String id = "queue-status-" + System.nanoTime();
    observer.action("Action: QueueStatus", "Queue: hotline-fallback", "ActionID: " + id);
    observer.awaitEvent("QueueStatusComplete", complete -> id.equals(complete.get("ActionID")));
    return observer.events("QueueMember").stream()
        .filter(member -> id.equals(member.get("ActionID")))
        .filter(member -> PHONE.equals(member.get("Location")))
        .findFirst()
        .orElseThrow();
  }
}
