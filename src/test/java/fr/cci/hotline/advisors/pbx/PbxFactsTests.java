package fr.cci.hotline.advisors.pbx;

import static fr.cci.hotline.advisors.PresenceState.AVAILABLE;
import static fr.cci.hotline.advisors.PresenceState.ON_CALL;
import static fr.cci.hotline.advisors.PresenceState.RINGING;
import static fr.cci.hotline.advisors.PresenceState.WRAP_UP;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.advisors.AdvisorStatus;
import fr.cci.hotline.advisors.AdvisorsIntegrationTest;
import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.advisors.PresenceChanged;
import fr.cci.hotline.advisors.PresenceChanges;
import fr.cci.hotline.advisors.admin.Fixtures;
import fr.cci.hotline.advisors.presence.PresenceTable;
import fr.cci.hotline.telephony.ChannelHungUp;
import fr.cci.hotline.telephony.ContactStatusChanged;
import fr.cci.hotline.telephony.DeviceState;
import fr.cci.hotline.telephony.DeviceStateChanged;
import fr.cci.hotline.telephony.DialFinished;
import fr.cci.hotline.telephony.DialStarted;
import fr.cci.hotline.telephony.DialStatus;
import fr.cci.hotline.telephony.LiveChannelsListed;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Telephony's facts, published as the AMI link publishes them, keep presence in step. Each fact is
 * delivered twice where it matters: two service instances both receive every AMI event.
 */
@AdvisorsIntegrationTest
class PbxFactsTests {

  @Autowired ApplicationEventPublisher pbx;
  @Autowired Presence presence;
  @Autowired PresenceTable table;
  @Autowired Fixtures fixtures;
  @Autowired PresenceChanges changes;

  @Test
  void aDeskPhoneInUseCannotBeOfferedACallUntilItIsIdleAgain() {
    String advisor = loggedIn(fixtures.deskAdvisor());
    String phone = fixtures.phoneOf(advisor);

    twice(new DeviceStateChanged(phone, DeviceState.INUSE, Instant.now(), Instant.now()));
    AdvisorStatus inUse = status(advisor);
    twice(new DeviceStateChanged(phone, DeviceState.NOT_INUSE, Instant.now(), Instant.now()));

    assertThat(inUse.deviceState()).isEqualTo(DeviceState.INUSE);
    assertThat(inUse.reachable()).isFalse();
    assertThat(presence.reserve(advisor, "caller-1", Instant.now())).isTrue();
    assertThat(changes.reachabilityOf(advisor)).containsExactly(false, true);
    assertThat(changes.of(advisor))
        .as("a phone that can or cannot ring is no presence change")
        .extracting(PresenceChanged::to)
        .containsExactly(AVAILABLE, RINGING);
  }

  @Test
  void aPhoneThatLostItsRegistrationIsUnreachableUntilItRegistersAgain() {
    String advisor = loggedIn(fixtures.deskAdvisor());

    twice(new ContactStatusChanged(advisor, false, "Removed", Instant.now(), Instant.now()));
    AdvisorStatus unregistered = status(advisor);
    twice(new ContactStatusChanged(advisor, true, "Created", Instant.now(), Instant.now()));

    assertThat(unregistered.registered()).isFalse();
    assertThat(unregistered.reachable()).isFalse();
    assertThat(status(advisor).registered()).isTrue();
  }

  @Test
  void aDeskPhoneCallIsFollowedFromTheOfferToTheWrapUpWhateverTheRepeats() {
    String advisor = loggedIn(fixtures.deskAdvisor());
    presence.reserve(advisor, "caller-1", Instant.now());

    twice(dialStarted("caller-1", advisor + "-00000007", "leg-1", advisor));
    twice(dialFinished("caller-1", "leg-1", DialStatus.ANSWER));
    AdvisorStatus talking = status(advisor);
    twice(hangUp("leg-1"));

    assertThat(talking.state()).isEqualTo(ON_CALL);
    assertThat(status(advisor).state()).isEqualTo(WRAP_UP);
    assertThat(changes.movesOf(advisor)).containsExactly(AVAILABLE, RINGING, ON_CALL, WRAP_UP);
  }

  @Test
  void aMobileRungByTheFallbackQueueIsRingingThenOnCallThenInWrapUp() {
    String advisor = loggedIn(fixtures.mobileAdvisor());
    String phone = fixtures.phoneOf(advisor);

    twice(dialStarted("queue-caller", "operator-0000000c", "leg-m", phone));
    AdvisorStatus ringing = status(advisor);
    twice(dialFinished("queue-caller", "leg-m", DialStatus.ANSWER));
    AdvisorStatus talking = status(advisor);
    twice(hangUp("leg-m"));

    assertThat(ringing.state()).isEqualTo(RINGING);
    assertThat(ringing.currentCall()).isEqualTo("queue-caller");
    assertThat(talking.state()).isEqualTo(ON_CALL);
    assertThat(status(advisor).state()).isEqualTo(WRAP_UP);
  }

  @Test
  void aMobileThatDoesNotAnswerOurOfferIsReleasedWithOneMissedOffer() {
    String advisor = loggedIn(fixtures.mobileAdvisor());
    String dialString = fixtures.phoneOf(advisor).substring("PJSIP/".length());
    presence.reserve(advisor, "caller-1", Instant.now());

    twice(dialStarted("caller-1", "operator-0000000d", "leg-1", dialString));
    twice(dialFinished("caller-1", "leg-1", DialStatus.NOANSWER));

    assertThat(status(advisor).state()).isEqualTo(AVAILABLE);
    assertThat(table.find(advisor).orElseThrow().standing().consecutiveNoAnswers()).isEqualTo(1);
  }

  @Test
  void theCallerHangingUpWhileThePhoneRingsIsNotCountedAgainstTheAdvisor() {
    String advisor = loggedIn(fixtures.deskAdvisor());
    presence.reserve(advisor, "caller-1", Instant.now());

    twice(hangUp("caller-1"));

    assertThat(status(advisor).state()).isEqualTo(AVAILABLE);
    assertThat(table.find(advisor).orElseThrow().standing().consecutiveNoAnswers()).isZero();
  }

  @Test
  void aLateDialEndOfAnEarlierRingNeverCancelsTheNextOfferOfTheSameCaller() {
    String advisor = loggedIn(fixtures.deskAdvisor());
    presence.reserve(advisor, "caller-1", Instant.now());
    pbx.publishEvent(dialStarted("caller-1", advisor + "-00000001", "leg-1", advisor));
    pbx.publishEvent(dialFinished("caller-1", "leg-1", DialStatus.NOANSWER));
    presence.reserve(advisor, "caller-1", Instant.now());
    pbx.publishEvent(dialStarted("caller-1", advisor + "-00000002", "leg-2", advisor));

    pbx.publishEvent(dialFinished("caller-1", "leg-1", DialStatus.NOANSWER));

    assertThat(status(advisor).state()).isEqualTo(RINGING);
  }

  @Test
  void anIdleReportDuringACallDoesNotEndIt() {
    String advisor = loggedIn(fixtures.deskAdvisor());
    presence.reserve(advisor, "caller-1", Instant.now());
    presence.callAnswered(advisor, "caller-1", Instant.now());

    twice(
        new DeviceStateChanged(
            fixtures.phoneOf(advisor), DeviceState.NOT_INUSE, Instant.now(), Instant.now()));

    assertThat(status(advisor).state()).isEqualTo(ON_CALL);
  }

  @Test
  void aLateReportNeverOverwritesANewerOne() {
    String advisor = loggedIn(fixtures.deskAdvisor());
    String phone = fixtures.phoneOf(advisor);
    Instant earlier = Instant.now();
    Instant later = earlier.plusMillis(5);

    pbx.publishEvent(new DeviceStateChanged(phone, DeviceState.INUSE, Instant.now(), later));
    pbx.publishEvent(new DeviceStateChanged(phone, DeviceState.NOT_INUSE, Instant.now(), earlier));

    assertThat(status(advisor).deviceState()).isEqualTo(DeviceState.INUSE);
  }

  @Test
  void aCallThatEndedWhileTheLinkWasDownEndsAtTheResync() {
    String advisor = loggedIn(fixtures.deskAdvisor());
    String busy = loggedIn(fixtures.deskAdvisor());
    Instant answered = Instant.now();
    presence.reserve(advisor, "caller-1", answered);
    presence.callAnswered(advisor, "caller-1", answered);
    presence.reserve(busy, "caller-2", answered);
    presence.callAnswered(busy, "caller-2", answered);

    pbx.publishEvent(new LiveChannelsListed(Set.of("caller-2"), answered.plusSeconds(30)));

    assertThat(status(advisor).state()).isEqualTo(WRAP_UP);
    assertThat(status(busy).state()).isEqualTo(ON_CALL);
  }

  /**
   * The list is taken while calls go on: a call offered a moment before it was asked for may be
   * missing from it (its channel not yet created) and is not ended for that.
   */
  @Test
  void aCallOfferedJustBeforeTheListWasAskedForIsNotEndedByItsAbsence() {
    String advisor = loggedIn(fixtures.deskAdvisor());
    Instant offered = Instant.now();
    presence.reserve(advisor, "caller-3", offered);

    pbx.publishEvent(new LiveChannelsListed(Set.of(), offered.plusSeconds(1)));

    assertThat(status(advisor).state()).isEqualTo(RINGING);
  }

  @Test
  void factsAboutPhonesOfNoAdvisorAreIgnored() {
    pbx.publishEvent(
        new DeviceStateChanged("PJSIP/operator", DeviceState.INUSE, Instant.now(), Instant.now()));
    pbx.publishEvent(dialStarted("caller-1", "operator-00000001", "leg-x", "0699999999@operator"));
    pbx.publishEvent(hangUp("leg-x"));
    pbx.publishEvent(new DialFinished("", "", "", DialStatus.UNKNOWN, Instant.now()));
  }

  private String loggedIn(String advisor) {
    presence.logIn(advisor, Instant.now());
    return advisor;
  }

  private AdvisorStatus status(String advisor) {
    return presence.status(advisor).orElseThrow();
  }

  private void twice(Object fact) {
    pbx.publishEvent(fact);
    pbx.publishEvent(fact);
  }

  private static DialStarted dialStarted(
      String caller, String channelSuffix, String leg, String dialString) {
    return new DialStarted(caller, "PJSIP/" + channelSuffix, leg, dialString, Instant.now());
  }

  private static DialFinished dialFinished(String caller, String leg, DialStatus status) {
    return new DialFinished(caller, "PJSIP/x-1", leg, status, Instant.now());
  }

  private static ChannelHungUp hangUp(String uniqueId) {
    return new ChannelHungUp(uniqueId, uniqueId, "PJSIP/x-1", 16, "Normal Clearing", Instant.now());
  }
}
