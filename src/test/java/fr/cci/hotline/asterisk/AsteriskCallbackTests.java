package fr.cci.hotline.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.asterisk.Menu.Topic;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.routing.callback.Callback;
import fr.cci.hotline.routing.callback.CallbackAttempt;
import fr.cci.hotline.routing.callback.CallbackLine;
import fr.cci.hotline.routing.callback.CallbackState;
import fr.cci.hotline.testing.MenuKeys;
import fr.cci.hotline.testing.ObservedCall;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Call-backs on the real Asterisk: the caller confirms the number, the service's Originate rings a
 * sipp advisor phone, which hears the case, then the dialplan rings the sipp "owner" behind the
 * operator trunk and bridges the two. In the tests a call-back is given up after two attempts, 2 s
 * apart, the owner's phone ringing 5 s.
 */
class AsteriskCallbackTests extends AsteriskTestSupport {

  /** The menu typed ahead ends at about 5 s: the wait's welcome (7 s) listens for the key. */
  private static final double DURING_THE_WAIT_INTRO = 7;

  /** An attempt: the advisor's ring, the case spelt (about 10 s), the owner's ring and more. */
  private static final Duration ATTEMPTS_OVER = Duration.ofSeconds(90);

  @Autowired CallbackLine callbacks;

  @Test
  void anAnsweredCallBackBridgesTheAdvisorAndTheOwnerAndTheCaseIsInProgressWithThatAdvisor() {
    pausedAdvisorWhoStaysOnTheLine("adv101");
    pbx().owner().answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(5));
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofSeconds(1))
        .until(pbx()::ownerReachable);
    ObservedCall asked = asksToBeCalledBackWhileWaiting("0622800101");
    String caseNumber = caseOf(asked, found -> found.callbackRequested()).caseNumber();

    presence.resume("adv101", clock.instant());

    Callback done = await().atMost(ATTEMPTS_OVER).until(() -> callback(caseNumber), this::talkOver);
    assertThat(done.advisorId()).isEqualTo("adv101");
    ObservedCall attempt = ObservedCall.ofLeg(done.channelId(), pbx().agiWire(), pbx().amiWire());
    assertThat(attempt.scripts()).containsExactly("hotline-callback");
    assertThat(attempt.prompts())
        .containsExactly("hotline/callback-advisor-intro", "hotline/callback-advisor-dialling");
    assertThat(attempt.agiCommands())
        .contains(
            "SAY ALPHA \"" + caseNumber.substring(caseNumber.lastIndexOf('-') + 1) + "\" \"\"",
            "SET VARIABLE \"HOTLINE_TARGET\" \"PJSIP/0622800101@operator\"");
    assertThat(attempt.events())
        .filteredOn(event -> event.name().equals("BridgeEnter"))
        .extracting(event -> ObservedCall.endpoint(event.get("Channel")))
        .as("the advisor's phone and the owner's leg on the trunk, in one bridge")
        .containsExactlyInAnyOrder("PJSIP/adv101", "PJSIP/operator");
    assertThat(attempt.events())
        .filteredOn(
            event ->
                event.name().equals("DialBegin") && event.get("DestChannel").contains("operator"))
        .extracting(event -> event.get("CallerIDNum"))
        .as("the regional number presented to the owner")
        .containsExactly("0232100900");
    CaseDetails reached =
        caseOf(asked, found -> found.timeline().talkSeconds() != null && found.advisorId() != null);
    assertThat(reached.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(reached.advisorId()).isEqualTo("adv101");
    assertThat(reached.timeline().talkSeconds()).isPositive();
  }

  @Test
  void anOwnerWhoNeverAnswersEndsCallbackFailedAfterTheAttempts() {
    pausedAdvisorWhoStaysOnTheLine("adv102");
    pbx().owner().neverAnswers();
    ObservedCall asked = asksToBeCalledBackWhileWaiting("0622800201");
    String caseNumber = caseOf(asked, found -> found.callbackRequested()).caseNumber();

    presence.resume("adv102", clock.instant());

    Callback failed =
        await()
            .atMost(ATTEMPTS_OVER.multipliedBy(2))
            .until(() -> callback(caseNumber), found -> found.state() == CallbackState.FAILED);
    assertThat(failed.attempts()).isEqualTo(2);
    assertThat(failed.lastOutcome()).isEqualTo("NOANSWER");
    // The attempts that reached the owner: a ring of the advisor's phone just restarted by sipp
    // may go unanswered first, which uses no attempt.
    List<CallbackAttempt> attempts =
        callbacks.attempts(caseNumber).stream()
            .filter(attempt -> attempt.ownerOutcome() != null)
            .toList();
    assertThat(attempts)
        .extracting(CallbackAttempt::advisorId, CallbackAttempt::ownerOutcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("adv102", "NOANSWER"),
            org.assertj.core.groups.Tuple.tuple("adv102", "NOANSWER"));
    assertThat(Duration.between(attempts.get(0).endedAt(), attempts.get(1).startedAt()))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    assertThat(pbx().messagesAbout(ObservedCall.endpoint("PJSIP/adv102") + "-"))
        .as("the advisor told the owner did not answer")
        .anyMatch(line -> line.contains("hotline/callback-owner-unreachable"));
    assertThat(caseOf(asked, found -> found.status() == CaseStatus.CALLBACK_FAILED).advisorId())
        .isNull();
  }

  /**
   * An advisor who picks up a call-back and hangs up on « Rappel du dossier… », twice: it was not
   * taken, so the advisor is paused for no-answer and the call-back waits, no attempt used on the
   * owner (before, a lone advisor was rung again every few seconds).
   */
  @Test
  void anAdvisorWhoHangsUpOnTheCallBacksAnnouncementTwiceIsPausedAndTheCallBackWaits() {
    pausedAdvisorWhoStaysOnTheLine("adv103");
    pbx().phone("adv103").answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(1));
    ObservedCall asked = asksToBeCalledBackWhileWaiting("0622800401");
    String caseNumber = caseOf(asked, found -> found.callbackRequested()).caseNumber();

    presence.resume("adv103", clock.instant());

    await().atMost(ATTEMPTS_OVER).until(() -> status("adv103").state() == PresenceState.PAUSED);
    assertThat(status("adv103").pauseReason()).isEqualTo("no-answer");
    Callback waiting =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> callback(caseNumber), found -> found.state() == CallbackState.PENDING);
    assertThat(waiting.attempts()).as("attempts used on the owner").isZero();
    assertThat(callbacks.attempts(caseNumber))
        .extracting(CallbackAttempt::advisorId, CallbackAttempt::ownerOutcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("adv103", null),
            org.assertj.core.groups.Tuple.tuple("adv103", null));
    assertThat(pbx().messagesAbout(ObservedCall.endpoint("PJSIP/adv103") + "-"))
        .as("the advisor heard the announcement")
        .anyMatch(line -> line.contains("hotline/callback-advisor-intro"));
  }

  /**
   * A hidden number, nobody logged in: told at once (5 to 8 s) with the offer (to 11.7 s); 1, then
   * the number typed when asked, then read back (about 8 s) and confirmed.
   */
  @Test
  void aHiddenCallerWithNobodyLoggedInIsOfferedACallBackAtOnceAndTypesTheirNumber() {
    await()
        .atMost(Duration.ofSeconds(30))
        .alias("every advisor logged out, those on a call once it ended")
        .until(
            () ->
                presence.statuses().stream()
                    .allMatch(status -> status.state() == PresenceState.OFFLINE));
    ObservedCall asked =
        pbx()
            .call(
                Menu.typingAhead("anonymous", Topic.FONDS_SOLIDARITE, "61")
                    .press(9, MenuKeys.CALL_ME_BACK)
                    .press(10.5, MenuKeys.callMeBackAt("0722800301"))
                    .press(24.5, MenuKeys.THAT_NUMBER))
            .awaitEnd(CALL_TIMEOUT);

    assertThat(asked.prompts())
        .containsSubsequence(
            "hotline/location-ask",
            "hotline/wait-nobody",
            "hotline/wait-callback-offer",
            "hotline/callback-number-ask",
            "hotline/callback-number-is",
            "hotline/callback-number-confirm",
            "hotline/wait-callback-confirmed")
        .doesNotContain("hotline/wait-intro");
    assertThat(asked.agiCommands()).contains("SAY DIGITS \"0722800301\" \"\"");
    assertThat(pbx().messagesAbout(asked.channel()))
        .as("the digits read back in French")
        .anyMatch(line -> line.contains("'digits/7") && line.contains("(language 'fr')"));
    CaseDetails pending = caseOf(asked, found -> found.status() == CaseStatus.CALLBACK_PENDING);
    assertThat(callback(pending.caseNumber()).number().value()).isEqualTo("0722800301");
  }

  /**
   * Logged in but paused, so that the caller waits; the phone answers after a second and stays on
   * the line until the other side hangs up.
   */
  private void pausedAdvisorWhoStaysOnTheLine(String endpoint) {
    teamOf(endpoint);
    presence.pause(endpoint, "meeting", clock.instant());
    pbx().phone(endpoint).answersAfter(Duration.ofSeconds(1), Duration.ofMinutes(3));
    await()
        .atMost(Duration.ofSeconds(10))
        .alias(endpoint + "'s phone reachable again")
        .until(() -> status(endpoint).reachable());
  }

  /** Trésorerie in Calvados, then 1 during the wait's welcome and 1 to confirm the number. */
  private ObservedCall asksToBeCalledBackWhileWaiting(String number) {
    return pbx()
        .call(
            Menu.typingAhead(number, Topic.TRESORERIE, "14")
                .press(DURING_THE_WAIT_INTRO, MenuKeys.CALL_ME_BACK)
                .press(
                    DURING_THE_WAIT_INTRO + AsteriskWaitingTests.CONFIRMING, MenuKeys.THAT_NUMBER))
        .awaitEnd(CALL_TIMEOUT);
  }

  private Callback callback(String caseNumber) {
    return callbacks.find(caseNumber).orElseThrow();
  }

  /** The owner was reached and the two have hung up. */
  private boolean talkOver(Callback callback) {
    return callback.state() == CallbackState.DONE && callback.endedAt() != null;
  }
}
