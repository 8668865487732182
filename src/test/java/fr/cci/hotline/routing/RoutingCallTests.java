package fr.cci.hotline.routing;

import static fr.cci.hotline.testing.MenuKeys.CALVADOS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.advisors.AdvisorStatus;
import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.simulator.CallRecord;
import fr.cci.hotline.simulator.CallerScript;
import fr.cci.hotline.simulator.DialAttempt;
import fr.cci.hotline.simulator.SimulatedCall;
import fr.cci.hotline.telephony.LiveChannelsListed;
import fr.cci.hotline.testing.PbxTestSupport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** Giving callers to advisors, end to end through the PBX simulator. */
class RoutingCallTests extends PbxTestSupport {

  @Autowired ApplicationEventPublisher pbxEvents;

  /** A caller who listens to the welcome, then asks about trésorerie for a firm in Calvados. */
  private static CallerScript calvados(String number) {
    return tresorerieCaller(number, CALVADOS);
  }

  @Test
  void anAdvisorWhoDoesNotAnswerInTimeIsFollowedByTheNextOne() {
    teamOf("adv101");
    pbx.advisor("adv101").neverAnswers();
    teamOf("adv102");

    CallRecord call = ended(pbx.call(calvados("0622000001")));

    assertThat(call.dials())
        .extracting(DialAttempt::target, DialAttempt::dialStatus)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PJSIP/adv101", "NOANSWER"),
            org.assertj.core.groups.Tuple.tuple("PJSIP/adv102", "ANSWER"));
    assertThat(call.answeredBy()).isEqualTo("adv102");
    CaseDetails record =
        caseOf(call, found -> found.offers().size() == 2 && found.advisorId() != null);
    assertThat(record.offers())
        .extracting(CaseDetails.Offer::advisorId, CaseDetails.Offer::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("adv101", "NOANSWER"),
            org.assertj.core.groups.Tuple.tuple("adv102", "ANSWER"));
  }

  @Test
  void aBusyAdvisorIsSkippedAtOnce() {
    teamOf("adv101");
    pbx.advisor("adv101").busy();
    teamOf("adv102");

    CallRecord call = ended(pbx.call(calvados("0622000002")));

    assertThat(call.dials()).extracting(DialAttempt::dialStatus).containsExactly("BUSY", "ANSWER");
    assertThat(call.answeredBy()).isEqualTo("adv102");
  }

  @Test
  void whenEveryoneIsBusyCallersWaitAndAreServedInArrivalOrder() {
    teamOf("adv101");
    pbx.advisor("adv101").answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(30));

    List<SimulatedCall> calls = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      calls.add(pbx.call(calvados("062200001" + i)));
      awaitInTheWaitingLine(calls.get(i));
    }
    List<CallRecord> records = calls.stream().map(PbxTestSupport::ended).toList();

    assertThat(records).allSatisfy(record -> assertThat(record.answeredBy()).isEqualTo("adv101"));
    List<CaseDetails> answered =
        records.stream()
            .map(record -> caseOf(record, found -> found.timeline().answeredAt() != null))
            .toList();
    assertThat(answered)
        .isSortedAccordingTo(
            Comparator.comparing((CaseDetails found) -> found.timeline().arrivedAt()))
        .isSortedAccordingTo(
            Comparator.comparing((CaseDetails found) -> found.timeline().answeredAt()));
    assertThat(records.get(2).promptsPlayed()).contains("hotline/wait-intro");
  }

  @Test
  void anAdvisorWhoPausesWhileTheirPhoneRingsStopsRingingAndTheNextOneIsTried() {
    teamOf("adv101");
    pbx.advisor("adv101").neverAnswers();
    teamOf("adv102");

    SimulatedCall call = pbx.call(calvados("0622000003"));
    await().atMost(Duration.ofSeconds(10)).until(() -> state("adv101") == PresenceState.RINGING);
    presence.pause("adv101", "meeting", clock.instant());
    CallRecord record = ended(call);

    assertThat(record.answeredBy()).isEqualTo("adv102");
    assertThat(state("adv101")).isEqualTo(PresenceState.PAUSED);
  }

  @Test
  void anAdvisorWhoMissesOfferAfterOfferIsPausedForNoAnswer() {
    teamOf("adv101");
    pbx.advisor("adv101").neverAnswers();

    SimulatedCall call = pbx.call(calvados("0622000004").hangUpAfterWaiting(Duration.ofMinutes(5)));
    await().atMost(Duration.ofSeconds(20)).until(() -> state("adv101") == PresenceState.PAUSED);
    teamOf("adv102");
    CallRecord record = ended(call);

    AdvisorStatus missed = presence.status("adv101").orElseThrow();
    assertThat(missed.pauseReason()).isEqualTo("no-answer");
    assertThat(record.answeredBy()).isEqualTo("adv102");
  }

  @Test
  void theAmiLinkComesBackAfterADropAndPresenceFollowsWhatHappenedMeanwhile() {
    teamOf("adv101", "adv102");

    pbx.stopAmi();
    pbx.advisor("adv101").unregistered();
    await().atMost(Duration.ofSeconds(10)).until(() -> !telephony.amiConnected());
    pbx.startAmi();
    await().atMost(Duration.ofSeconds(15)).until(telephony::amiConnected);

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !presence.status("adv101").orElseThrow().reachable());
    CallRecord call = ended(pbx.call(calvados("0622000005")));
    assertThat(call.answeredBy()).isEqualTo("adv102");
    assertThat(call.dials()).extracting(DialAttempt::target).containsExactly("PJSIP/adv102");
  }

  /**
   * The channels are listed after each AMI connection while calls go on: a caller who arrived a
   * moment before the list was asked for may be missing from it, and stays in the line.
   */
  @Test
  void aCallerWhoArrivedAsTheChannelsAreListedKeepsTheirPlaceInTheLine() {
    SimulatedCall call = pbx.call(calvados("0622000006"));
    awaitInTheWaitingLine(call);

    pbxEvents.publishEvent(new LiveChannelsListed(Set.of(), clock.instant()));
    teamOf("adv101");

    CallRecord record = ended(call);
    assertThat(record.answeredBy()).isEqualTo("adv101");
    assertThat(record.reachedFallbackQueue()).isFalse();
  }

  private PresenceState state(String advisorId) {
    return presence.status(advisorId).orElseThrow().state();
  }

  /** The caller has been through the menu and joined the line: the next one arrives after. */
  private void awaitInTheWaitingLine(SimulatedCall call) {
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                call.variable("HOTLINE_CASE")
                    .flatMap(cases::find)
                    .filter(found -> found.timeline().queuedAt() != null)
                    .isPresent());
  }
}
