package fr.cci.hotline.asterisk;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.testing.MenuKeys;
import fr.cci.hotline.testing.ObservedCall;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The line closed (opening hours from the settings: Monday to Friday), on the real Asterisk: the
 * caller hears the hours and may ask to be called back; the service hangs up after goodbye. Both
 * callers dial in on the same Saturday before the tests follow them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsteriskClosedLineTests extends AsteriskTestSupport {

  /** A Saturday at ten in Paris. */
  private static final Instant SATURDAY = Instant.parse("2026-11-28T09:00:00Z");

  /** Welcome and confidentiality (14.9 s), then the hours with the call-back key open. */
  private static final double DURING_THE_HOURS = Menu.TOPIC_QUESTION_STARTS + 3;

  private SippCall asksForACallBack;
  private SippCall asksNothing;

  @BeforeAll
  void twoCallersDialInOnASaturday() {
    readyForCalls();
    clock.setTo(SATURDAY);
    asksForACallBack =
        pbx()
            .call(
                CallPlan.from("0622200101")
                    .press(DURING_THE_HOURS, MenuKeys.CALL_ME_BACK)
                    .press(
                        DURING_THE_HOURS + AsteriskWaitingTests.CONFIRMING, MenuKeys.THAT_NUMBER));
    asksNothing = pbx().call(CallPlan.from("0622200201"));
  }

  @AfterAll
  void backToOpenHours() {
    clock.setTo(OPEN_HOURS);
  }

  @Test
  void aCallerWhoPressesOneWhenClosedIsPromisedACallBack() {
    ObservedCall call = asksForACallBack.awaitEnd(CALL_TIMEOUT);

    assertThat(call.prompts())
        .containsSubsequence(
            "hotline/closed-hours",
            "hotline/callback-number-is",
            "hotline/callback-number-confirm",
            "hotline/callback-confirmed",
            "hotline/goodbye")
        .doesNotContain("hotline/topic-menu");
    assertThat(call.reachedFallbackQueue()).isFalse();
    CaseDetails record = caseOf(call, found -> found.status() == CaseStatus.CALLBACK_PENDING);
    assertThat(record.lineOpen()).isFalse();
    assertThat(record.callbackRequested()).isTrue();
  }

  @Test
  void aCallerWhoAsksNothingWhenClosedHearsTheHoursAndGoodbye() {
    ObservedCall call = asksNothing.awaitEnd(CALL_TIMEOUT);

    assertThat(call.prompts())
        .containsSubsequence(
            "hotline/closed-hours", "hotline/closed-callback-offer", "hotline/goodbye")
        .doesNotContain("hotline/callback-confirmed");
    assertThat(call.agi().get(0).setVariable("HOTLINE_ACTION")).isEqualTo("HANGUP");
    assertThat(call.reachedFallbackQueue()).isFalse();
    CaseDetails record = caseOf(call, found -> found.status() == CaseStatus.CLOSED);
    assertThat(record.lineOpen()).isFalse();
    assertThat(record.callbackRequested()).isFalse();
  }
}
