package fr.cci.hotline.advisors.presence;

import static fr.cci.hotline.advisors.PresenceState.AVAILABLE;
import static fr.cci.hotline.advisors.PresenceState.OFFLINE;
import static fr.cci.hotline.advisors.PresenceState.ON_CALL;
import static fr.cci.hotline.advisors.PresenceState.PAUSED;
import static fr.cci.hotline.advisors.PresenceState.RINGING;
import static fr.cci.hotline.advisors.PresenceState.WRAP_UP;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.telephony.DeviceState;
import fr.cci.hotline.telephony.DialStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The presence state machine, without a database. */
class PresenceRulesTests {

  private static final Instant NINE = Instant.parse("2026-11-27T08:00:00Z");
  private static final Duration WRAP_UP_TIME = Duration.ofSeconds(30);

  private final PresenceRules rules = new PresenceRules(WRAP_UP_TIME, 2);

  @Test
  void loggingInMakesAnOfflineAdvisorAvailableAndIdleFromNow() {
    PresenceRow next = changed(rules.logIn(offline(), NINE));

    assertThat(next.state()).isEqualTo(AVAILABLE);
    assertThat(next.status().since()).isEqualTo(NINE);
    assertThat(next.standing().idleSince()).isEqualTo(NINE);
  }

  @Test
  void loggingInTwiceChangesNothing() {
    assertThat(rules.logIn(available(), NINE).kind()).isEqualTo(Decision.Kind.UNCHANGED);
  }

  @Test
  void aFreeAdvisorIsReservedForOneCallAndKeepsTheirPlaceAsLongestIdle() {
    PresenceRow next = changed(rules.reserve(available(), "caller-1", NINE.plusSeconds(60)));

    assertThat(next.state()).isEqualTo(RINGING);
    assertThat(next.call().id()).isEqualTo("caller-1");
    assertThat(next.standing().idleSince()).isEqualTo(NINE);
  }

  @Test
  void aRingingAdvisorCannotBeReservedForAnotherCall() {
    PresenceRow ringing = changed(rules.reserve(available(), "caller-1", NINE));

    assertThat(rules.reserve(ringing, "caller-2", NINE).kind()).isEqualTo(Decision.Kind.REFUSED);
  }

  @Test
  void anAdvisorInWrapUpIsFreeOnlyOnceTheWrapUpIsOver() {
    PresenceRow wrapUp = inWrapUp();
    Instant end = NINE.plus(WRAP_UP_TIME);

    assertThat(rules.reserve(wrapUp, "caller-2", end.minusMillis(1)).kind())
        .isEqualTo(Decision.Kind.REFUSED);
    assertThat(changed(rules.reserve(wrapUp, "caller-2", end)).state()).isEqualTo(RINGING);
  }

  @Test
  void aCallEndsInWrapUpAndTheAdvisorCountsAsIdleFromItsEnd() {
    PresenceRow next = inWrapUp();

    assertThat(next.state()).isEqualTo(WRAP_UP);
    assertThat(next.status().wrapUpUntil()).isEqualTo(NINE.plus(WRAP_UP_TIME));
    assertThat(next.standing().idleSince()).isEqualTo(NINE.plus(WRAP_UP_TIME));
    assertThat(next.call().id()).isNull();
  }

  @Test
  void theEndOfTheWrapUpMakesTheAdvisorAvailableAsOfThatEnd() {
    Instant end = NINE.plus(WRAP_UP_TIME);

    assertThat(rules.wrapUpOver(inWrapUp(), end.minusMillis(1)).kind())
        .isEqualTo(Decision.Kind.UNCHANGED);
    PresenceRow next = changed(rules.wrapUpOver(inWrapUp(), end.plusSeconds(5)));
    assertThat(next.state()).isEqualTo(AVAILABLE);
    assertThat(next.status().since()).isEqualTo(end);
    assertThat(next.status().wrapUpUntil()).isNull();
  }

  @Test
  void anAdvisorReadyBeforeTheEndOfTheWrapUpIsAvailableAtOnceAndIdleFromThen() {
    Instant ready = NINE.plusSeconds(10);

    PresenceRow next = changed(rules.ready(inWrapUp(), ready));

    assertThat(next.state()).isEqualTo(AVAILABLE);
    assertThat(next.status().since()).isEqualTo(ready);
    assertThat(next.standing().idleSince()).isEqualTo(ready);
    assertThat(next.status().wrapUpUntil()).isNull();
    assertThat(changed(rules.reserve(next, "caller-2", ready)).state()).isEqualTo(RINGING);
  }

  @Test
  void beingReadyOutsideAWrapUpChangesNothing() {
    assertThat(rules.ready(available(), NINE).kind()).isEqualTo(Decision.Kind.UNCHANGED);
    assertThat(rules.ready(ringing("caller-1"), NINE).kind()).isEqualTo(Decision.Kind.UNCHANGED);
    assertThat(rules.ready(offline(), NINE).kind()).isEqualTo(Decision.Kind.UNCHANGED);
  }

  @Test
  void withoutWrapUpTimeACallEndsStraightInAvailable() {
    PresenceRules noWrapUp = new PresenceRules(Duration.ZERO, 2);
    PresenceRow onCall =
        changed(noWrapUp.callAnswered(ringing("caller-1"), "caller-1", null, NINE));

    PresenceRow next = changed(noWrapUp.callEnded(onCall, "caller-1", null, NINE.plusSeconds(600)));

    assertThat(next.state()).isEqualTo(AVAILABLE);
    assertThat(next.standing().idleSince()).isEqualTo(NINE.plusSeconds(600));
  }

  @Test
  void anUnansweredOfferReleasesTheAdvisorWithoutLosingTheirPlace() {
    PresenceRow next =
        changed(
            rules.offerFailed(ringing("caller-1"), "caller-1", null, DialStatus.NOANSWER, NINE));

    assertThat(next.state()).isEqualTo(AVAILABLE);
    assertThat(next.standing().idleSince()).isEqualTo(NINE.minusSeconds(600));
    assertThat(next.standing().consecutiveNoAnswers()).isEqualTo(1);
    assertThat(next.call().id()).isNull();
  }

  @Test
  void twoUnansweredOffersInARowPauseTheAdvisorForNoAnswer() {
    PresenceRow once =
        changed(
            rules.offerFailed(ringing("caller-1"), "caller-1", null, DialStatus.NOANSWER, NINE));
    PresenceRow ringingAgain = changed(rules.reserve(once, "caller-2", NINE));

    PresenceRow twice =
        changed(rules.offerFailed(ringingAgain, "caller-2", null, DialStatus.NOANSWER, NINE));

    assertThat(twice.state()).isEqualTo(PAUSED);
    assertThat(twice.status().pauseReason()).isEqualTo("no-answer");
  }

  @Test
  void anAnsweredCallResetsTheCountOfUnansweredOffers() {
    PresenceRow once =
        changed(
            rules.offerFailed(ringing("caller-1"), "caller-1", null, DialStatus.NOANSWER, NINE));
    PresenceRow ringingAgain = changed(rules.reserve(once, "caller-2", NINE));

    PresenceRow answered = changed(rules.callAnswered(ringingAgain, "caller-2", null, NINE));

    assertThat(answered.state()).isEqualTo(ON_CALL);
    assertThat(answered.standing().consecutiveNoAnswers()).isZero();
  }

  @Test
  void aBusyDeskPhoneOrAnUnavailablePhoneOrACallerHangingUpIsNotTheAdvisorsMiss() {
    for (DialStatus outcome :
        new DialStatus[] {DialStatus.BUSY, DialStatus.CHANUNAVAIL, DialStatus.CANCEL}) {
      PresenceRow next =
          changed(rules.offerFailed(ringing("caller-1"), "caller-1", null, outcome, NINE));

      assertThat(next.standing().consecutiveNoAnswers()).as(outcome.name()).isZero();
    }
  }

  @Test
  void aMobileAnsweringBusyCountsAsAMissBecauseThatIsHowADeclinedCallLooks() {
    PresenceRow mobileRinging = ringing("caller-1");
    mobileRinging =
        new PresenceRow(
            new PresenceRow.Identity(
                mobileRinging.advisor().id(),
                mobileRinging.advisor().chamber(),
                mobileRinging.advisor().name(),
                "PJSIP/0600000001@operator",
                true),
            new PresenceRow.Status(RINGING, null, NINE, null),
            new PresenceRow.Standing(NINE, 0),
            new PresenceRow.Call("caller-1", null, null),
            new PresenceRow.Phone(DeviceState.UNKNOWN, true),
            3);

    PresenceRow next =
        changed(rules.offerFailed(mobileRinging, "caller-1", null, DialStatus.BUSY, NINE));

    assertThat(next.standing().consecutiveNoAnswers()).isEqualTo(1);
  }

  @Test
  void factsAboutAnotherCallOrAnotherLegAreIgnored() {
    PresenceRow ringing =
        changed(rules.dialStarted(ringing("caller-1"), "caller-1", "leg-1", NINE));

    assertThat(rules.callAnswered(ringing, "caller-2", null, NINE).kind())
        .isEqualTo(Decision.Kind.UNCHANGED);
    assertThat(rules.offerFailed(ringing, "caller-1", "leg-0", DialStatus.NOANSWER, NINE).kind())
        .isEqualTo(Decision.Kind.UNCHANGED);
    assertThat(rules.callEnded(ringing, "caller-1", "leg-0", NINE).kind())
        .isEqualTo(Decision.Kind.UNCHANGED);
    assertThat(changed(rules.callAnswered(ringing, "caller-1", "leg-1", NINE)).state())
        .isEqualTo(ON_CALL);
  }

  @Test
  void ringingTheAdvisorForACallTheServiceDidNotOfferMakesThemRinging() {
    PresenceRow next = changed(rules.dialStarted(available(), "queue-caller", "leg-9", NINE));

    assertThat(next.state()).isEqualTo(RINGING);
    assertThat(next.call().id()).isEqualTo("queue-caller");
    assertThat(next.call().leg()).isEqualTo("leg-9");
  }

  @Test
  void loggingOutDuringACallWaitsForItsEnd() {
    PresenceRow onCall = changed(rules.callAnswered(ringing("caller-1"), "caller-1", null, NINE));

    PresenceRow asked = changed(rules.logOut(onCall, NINE));
    PresenceRow ended = changed(rules.callEnded(asked, "caller-1", null, NINE.plusSeconds(300)));

    assertThat(asked.state()).isEqualTo(ON_CALL);
    assertThat(asked.call().afterCall()).isEqualTo(OFFLINE);
    assertThat(ended.state()).isEqualTo(OFFLINE);
    assertThat(ended.call().afterCall()).isNull();
  }

  @Test
  void pausingDuringACallPausesAtItsEndInsteadOfWrapUp() {
    PresenceRow onCall = changed(rules.callAnswered(ringing("caller-1"), "caller-1", null, NINE));

    PresenceRow asked = changed(rules.pause(onCall, "lunch", NINE));
    PresenceRow ended = changed(rules.callEnded(asked, "caller-1", null, NINE.plusSeconds(300)));

    assertThat(ended.state()).isEqualTo(PAUSED);
    assertThat(ended.status().pauseReason()).isEqualTo("lunch");
  }

  @Test
  void resumingDuringACallCancelsThePauseAskedFor() {
    PresenceRow onCall = changed(rules.callAnswered(ringing("caller-1"), "caller-1", null, NINE));
    PresenceRow asked = changed(rules.pause(onCall, "lunch", NINE));

    PresenceRow cancelled = changed(rules.resume(asked, NINE));
    PresenceRow ended = changed(rules.callEnded(cancelled, "caller-1", null, NINE));

    assertThat(ended.state()).isEqualTo(WRAP_UP);
  }

  @Test
  void anOfflineAdvisorCannotPauseOrResume() {
    assertThat(rules.pause(offline(), "lunch", NINE).kind()).isEqualTo(Decision.Kind.REFUSED);
    assertThat(rules.resume(offline(), NINE).kind()).isEqualTo(Decision.Kind.REFUSED);
  }

  @Test
  void resumingMakesThePausedAdvisorIdleFromNowAndForgetsTheMissedOffers() {
    PresenceRow paused = changed(rules.pause(available(), "meeting", NINE)).withNoAnswers(2);

    PresenceRow resumed = changed(rules.resume(paused, NINE.plusSeconds(3600)));

    assertThat(resumed.state()).isEqualTo(AVAILABLE);
    assertThat(resumed.standing().idleSince()).isEqualTo(NINE.plusSeconds(3600));
    assertThat(resumed.standing().consecutiveNoAnswers()).isZero();
    assertThat(resumed.status().pauseReason()).isNull();
  }

  @Test
  void changingThePauseReasonIsAChangeButTheSameReasonIsNot() {
    PresenceRow paused = changed(rules.pause(available(), "meeting", NINE));

    assertThat(rules.pause(paused, "meeting", NINE).kind()).isEqualTo(Decision.Kind.UNCHANGED);
    assertThat(changed(rules.pause(paused, "lunch", NINE)).status().pauseReason())
        .isEqualTo("lunch");
  }

  @Test
  void aDeactivatedAdvisorIsNeverReserved() {
    PresenceRow available = available();
    PresenceRow inactive =
        new PresenceRow(
            new PresenceRow.Identity(
                available.advisor().id(),
                available.advisor().chamber(),
                available.advisor().name(),
                available.advisor().phone(),
                false),
            new PresenceRow.Status(AVAILABLE, null, NINE, null),
            new PresenceRow.Standing(NINE, 0),
            PresenceRow.Call.NONE,
            new PresenceRow.Phone(DeviceState.NOT_INUSE, true),
            1);

    assertThat(rules.reserve(inactive, "caller-1", NINE).kind()).isEqualTo(Decision.Kind.REFUSED);
  }

  private PresenceRow offline() {
    return new PresenceRow(
        new PresenceRow.Identity("adv101", "caen", "Claire Lemoine", "PJSIP/adv101", true),
        new PresenceRow.Status(PresenceState.OFFLINE, null, NINE.minusSeconds(3600), null),
        new PresenceRow.Standing(NINE.minusSeconds(3600), 0),
        PresenceRow.Call.NONE,
        new PresenceRow.Phone(DeviceState.NOT_INUSE, true),
        7);
  }

  private PresenceRow available() {
    return changed(rules.logIn(offline(), NINE));
  }

  private PresenceRow ringing(String callId) {
    return changed(rules.reserve(available().withIdleSince(NINE.minusSeconds(600)), callId, NINE));
  }

  private PresenceRow inWrapUp() {
    PresenceRow onCall = changed(rules.callAnswered(ringing("caller-1"), "caller-1", null, NINE));
    return changed(rules.callEnded(onCall, "caller-1", null, NINE));
  }

  private static PresenceRow changed(Decision decision) {
    assertThat(decision.kind()).isEqualTo(Decision.Kind.CHANGE);
    return decision.next();
  }
}
