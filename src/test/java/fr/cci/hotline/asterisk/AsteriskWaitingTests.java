package fr.cci.hotline.asterisk;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.asterisk.Menu.Topic;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.testing.MenuKeys;
import fr.cci.hotline.testing.ObservedCall;
import org.junit.jupiter.api.Test;

/**
 * A caller waiting on the real Asterisk: music, their position in French digits (announced every 5
 * s in the tests), and the key that asks for a call-back instead.
 */
class AsteriskWaitingTests extends AsteriskTestSupport {

  /**
   * The menu typed ahead ends at about 5 s; the wait's welcome (7 s), then the position (about 4 s)
   * and the call-back offer (3.7 s): the caller presses 1 once the music is back.
   */
  private static final double AFTER_THE_OFFER = 22;

  /**
   * « Nous vous rappellerons au » (1.7 s) and ten digits (about 6 s), then two seconds into the
   * question that takes 1 to confirm.
   */
  static final double CONFIRMING = 10;

  @Test
  void aWaitingCallerHearsTheirPositionInFrenchAndMayAskToBeCalledBack() {
    teamOf("adv107");
    presence.pause("adv107", "meeting", clock.instant()); // logged in, but nobody free
    ObservedCall call =
        pbx()
            .call(
                Menu.typingAhead("0622600101", Topic.TRESORERIE, "14")
                    .press(AFTER_THE_OFFER, MenuKeys.CALL_ME_BACK)
                    .press(AFTER_THE_OFFER + CONFIRMING, MenuKeys.THAT_NUMBER))
            .awaitEnd(CALL_TIMEOUT);

    assertThat(call.agiCommands())
        .contains("SAY NUMBER \"1\" \"\"", "SAY DIGITS \"0622600101\" \"\"");
    assertThat(call.prompts())
        .containsSubsequence(
            "hotline/wait-intro",
            "hotline/wait-position-before",
            "hotline/wait-position-after",
            "hotline/wait-callback-offer",
            "hotline/callback-number-is",
            "hotline/callback-number-confirm",
            "hotline/wait-callback-confirmed");
    assertThat(pbx().messagesAbout(call.channel()))
        .as("the digit played from the French sounds")
        .anyMatch(line -> line.contains("'digits/1") && line.contains("(language 'fr')"));
    assertThat(call.agi().get(0).setVariable("HOTLINE_ACTION")).isEqualTo("HANGUP");
    assertThat(call.reachedFallbackQueue()).isFalse();
    CaseDetails record = caseOf(call, found -> found.status() == CaseStatus.CALLBACK_PENDING);
    assertThat(record.callbackRequested()).isTrue();
    assertThat(record.timeline().queuedAt()).isNotNull();
  }
}
