package fr.cci.hotline.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.asterisk.Menu.Topic;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.testing.ObservedCall;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Giving callers to advisors on the real Asterisk: desk phones are sipp instances that answer, ring
 * without answering, refuse as busy or are switched off. Ring time 4 s; the pool widens to the
 * département after 6 s and to the region after 10 s on the line (AsteriskTestSupport).
 */
class AsteriskRoutingTests extends AsteriskTestSupport {

  @Autowired MeterRegistry meters;

  @Test
  void aCallerIsGivenToTheNextFreeAdvisorOfTheirOwnChamber() {
    teamOf("adv105", "adv101");
    double reservationsWon = reservations("won");

    ObservedCall call =
        pbx().call(Menu.typingAhead("0622300101", Topic.TRESORERIE, "14")).awaitEnd(CALL_TIMEOUT);

    assertThat(call.dials())
        .extracting(ObservedCall.Dial::target, ObservedCall.Dial::status)
        .containsExactly(tuple("PJSIP/adv101", "ANSWER"));
    CaseDetails record = caseOf(call, found -> found.timeline().endedAt() != null);
    assertThat(record.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(record.advisorId()).isEqualTo("adv101");
    assertThat(record.topic()).isEqualTo(Topic.TRESORERIE.recorded);
    assertThat(record.department()).isEqualTo("14");
    assertThat(record.chamber()).isEqualTo("caen");
    assertThat(record.timeline().answeredAt()).isNotNull();
    assertThat(record.offers())
        .extracting(CaseDetails.Offer::advisorId, CaseDetails.Offer::outcome)
        .containsExactly(tuple("adv101", "ANSWER"));
    assertThat(reservations("won")).isEqualTo(reservationsWon + 1);
    await().atMost(Duration.ofSeconds(10)).until(() -> state("adv101") == PresenceState.AVAILABLE);
  }

  @Test
  void anAdvisorWhoDoesNotAnswerInTimeIsFollowedByTheNextOne() {
    teamOf("adv101", "adv102");
    pbx().phone("adv101").neverAnswers();

    ObservedCall call =
        pbx().call(Menu.typingAhead("0622300201", Topic.TRESORERIE, "14")).awaitEnd(CALL_TIMEOUT);

    assertThat(call.dials())
        .extracting(ObservedCall.Dial::target, ObservedCall.Dial::status)
        .containsExactly(tuple("PJSIP/adv101", "NOANSWER"), tuple("PJSIP/adv102", "ANSWER"));
    assertThat(call.scripts()).containsExactly("hotline", "hotline-after-dial");
    CaseDetails record =
        caseOf(call, found -> found.offers().size() == 2 && found.timeline().endedAt() != null);
    assertThat(record.offers())
        .extracting(CaseDetails.Offer::advisorId, CaseDetails.Offer::outcome)
        .containsExactly(tuple("adv101", "NOANSWER"), tuple("adv102", "ANSWER"));
    assertThat(record.offers().get(0).ringSeconds()).isBetween(3, 6);
    assertThat(record.advisorId()).isEqualTo("adv102");
  }

  @Test
  void aBusyAdvisorIsSkippedAtOnce() {
    teamOf("adv101", "adv102");
    pbx().phone("adv101").busy();

    ObservedCall call =
        pbx().call(Menu.typingAhead("0622300301", Topic.TRESORERIE, "14")).awaitEnd(CALL_TIMEOUT);

    assertThat(call.dials())
        .extracting(ObservedCall.Dial::target, ObservedCall.Dial::status)
        .containsExactly(tuple("PJSIP/adv101", "BUSY"), tuple("PJSIP/adv102", "ANSWER"));
    assertThat(caseOf(call, found -> found.advisorId() != null).advisorId()).isEqualTo("adv102");
    assertThat(state("adv101")).isIn(PresenceState.AVAILABLE, PresenceState.PAUSED);
  }

  @Test
  void anAdvisorWhosePhoneIsSwitchedOffIsNotOffered() {
    teamOf("adv101", "adv102");
    pbx().phone("adv101").switchedOff();
    await().atMost(Duration.ofSeconds(15)).until(() -> !status("adv101").reachable());

    ObservedCall call =
        pbx().call(Menu.typingAhead("0622300401", Topic.TRESORERIE, "14")).awaitEnd(CALL_TIMEOUT);

    assertThat(call.dials())
        .extracting(ObservedCall.Dial::target, ObservedCall.Dial::status)
        .containsExactly(tuple("PJSIP/adv102", "ANSWER"));
    assertThat(state("adv101")).isEqualTo(PresenceState.AVAILABLE);
  }

  @Test
  void anAdvisorWhoMissesTwoOffersInARowIsPausedForNoAnswerInTheFallbackQueueToo() {
    teamOf("adv101");
    pbx().phone("adv101").neverAnswers();

    SippCall caller =
        pbx().call(Menu.typingAhead("0622300501", Topic.TRESORERIE, "14").hangUpAfter(60));
    await().atMost(Duration.ofSeconds(40)).until(() -> state("adv101") == PresenceState.PAUSED);
    assertThat(status("adv101").pauseReason()).isEqualTo("no-answer");
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(pbx().queueMember("adv101")).contains("(paused:no-answer"));
    teamOf("adv102");
    ObservedCall call = caller.awaitEnd(CALL_TIMEOUT);

    assertThat(call.dials())
        .extracting(ObservedCall.Dial::target, ObservedCall.Dial::status)
        .containsExactly(
            tuple("PJSIP/adv101", "NOANSWER"),
            tuple("PJSIP/adv101", "NOANSWER"),
            tuple("PJSIP/adv102", "ANSWER"));
    assertThat(pbx().queueMember("adv101")).contains("(paused:no-answer");
  }

  @Test
  void aCallerWhoseChamberHasNobodyIsOfferedToTheWholeRegionAfterTheWideningDelay() {
    teamOf("adv101");

    ObservedCall call =
        pbx()
            .call(Menu.typingAhead("0622300601", Topic.ACTIVITE_PARTIELLE, "27"))
            .awaitEnd(CALL_TIMEOUT);

    assertThat(call.answeredBy()).isEqualTo("adv101");
    CaseDetails record = caseOf(call, found -> found.timeline().answeredAt() != null);
    assertThat(record.chamber())
        .as("the answering advisor's chamber holds the case")
        .isEqualTo("caen");
    assertThat(record.offers()).extracting(CaseDetails.Offer::advisorId).containsExactly("adv101");
    Duration beforeTheOffer =
        Duration.between(record.timeline().arrivedAt(), record.offers().get(0).offeredAt());
    assertThat(beforeTheOffer)
        .as("the caller's time on the line, menu included, widens the pool")
        .isGreaterThanOrEqualTo(Duration.ofSeconds(10));
  }

  private double reservations(String outcome) {
    var counter = meters.find("hotline.advisors.reservations").tag("outcome", outcome).counter();
    return counter == null ? 0 : counter.count();
  }
}
