package fr.cci.hotline.advisors.presence;

import static fr.cci.hotline.advisors.PresenceState.AVAILABLE;
import static fr.cci.hotline.advisors.PresenceState.OFFLINE;
import static fr.cci.hotline.advisors.PresenceState.ON_CALL;
import static fr.cci.hotline.advisors.PresenceState.PAUSED;
import static fr.cci.hotline.advisors.PresenceState.RINGING;
import static fr.cci.hotline.advisors.PresenceState.WRAP_UP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.advisors.Advisor;
import fr.cci.hotline.advisors.AdvisorDirectory;
import fr.cci.hotline.advisors.AdvisorStatus;
import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.advisors.PresenceChanges;
import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.advisors.RecordingCallControl;
import fr.cci.hotline.advisors.admin.Fixtures;
import fr.cci.hotline.advisors.directory.AdvisorDescription;
import fr.cci.hotline.telephony.DeviceState;
import fr.cci.hotline.telephony.DialStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/** Presence against a real database; run on H2 and on PostgreSQL by the subclasses. */
abstract class PresencePersistenceContract {

  @Autowired Presence presence;
  @Autowired AdvisorDirectory directory;
  @Autowired PresenceTable table;
  @Autowired Fixtures fixtures;
  @Autowired PresenceChanges changes;
  @Autowired TransactionTemplate transaction;
  @Autowired RecordingCallControl callControl;

  @Test
  void theSeedFillsAnEmptyDatabaseWithTheTenAdvisorsOfTheChambers() {
    List<String> ids = directory.active().stream().map(Advisor::id).toList();

    assertThat(ids)
        .contains(
            "adv101", "adv102", "adv103", "adv104", "adv105", "adv106", "adv107", "adv108",
            "adv109", "adv110");
    assertThat(directory.findByPhone("0600000001@operator")).map(Advisor::id).contains("adv104");
    assertThat(directory.findByPhone("PJSIP/adv103"))
        .hasValueSatisfying(
            advisor -> {
              assertThat(advisor.chamber()).isEqualTo("seine-estuaire");
              assertThat(advisor.departments()).containsExactlyInAnyOrder("14", "76");
            });
  }

  @Test
  void aSeedClashingWithAnotherInstancesSeedIsRolledBackAsAWhole() {
    String fresh = Fixtures.uniqueId();
    List<AdvisorDescription> seed =
        List.of(
            new AdvisorDescription(fresh, "Nouveau", "caen", "PJSIP/" + fresh, List.of("14"), null),
            new AdvisorDescription(
                "adv101", "Claire Lemoine", "caen", "PJSIP/adv101", List.of("14"), null));

    assertThatThrownBy(() -> fixtures.seed(seed))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(directory.find(fresh)).isEmpty();
    assertThat(presence.status(fresh)).isEmpty();
  }

  @Test
  void statusesGiveEachActiveAdvisorWithDepartementsAndPresenceInOneGo() {
    String advisor = fixtures.deskAdvisor();
    Instant now = Instant.now();
    presence.logIn(advisor, now);

    AdvisorStatus status =
        presence.statuses().stream()
            .filter(candidate -> candidate.advisor().id().equals(advisor))
            .findFirst()
            .orElseThrow();

    assertThat(status.state()).isEqualTo(AVAILABLE);
    assertThat(status.advisor().departments()).containsExactly("14");
    assertThat(status.idleSince()).isEqualTo(now.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    assertThat(status.free(now)).isTrue();
    assertThat(status.reachable()).isTrue();
  }

  @Test
  void anyoneLoggedInIsTrueFromTheFirstLogInToTheLastLogOut() {
    Instant now = Instant.now();
    for (AdvisorStatus status : presence.statuses()) {
      if (status.currentCall() != null) {
        presence.callEnded(status.advisor().id(), status.currentCall(), now); // earlier tests'
      }
      presence.logOut(status.advisor().id(), now);
    }
    assertThat(presence.anyoneLoggedIn()).isFalse();

    presence.logIn("adv102", now);
    presence.pause("adv102", "lunch", now);
    assertThat(presence.anyoneLoggedIn()).as("a paused advisor is logged in").isTrue();

    presence.logOut("adv102", now);
    assertThat(presence.anyoneLoggedIn()).isFalse();
  }

  @Test
  void onlyTheFirstOfTwoCallsReservesTheAdvisor() {
    String advisor = loggedIn();
    Instant now = Instant.now();

    assertThat(presence.reserve(advisor, "caller-1", now)).isTrue();
    assertThat(presence.reserve(advisor, "caller-2", now)).isFalse();
    assertThat(presence.status(advisor).orElseThrow().currentCall()).isEqualTo("caller-1");
  }

  @Test
  void aPhoneInUseOrNotRegisteredIsNotReserved() {
    String inUse = loggedIn();
    String unregistered = loggedIn();
    table.updatePhone(table.find(inUse).orElseThrow(), DeviceState.INUSE, true, Instant.now());
    table.updatePhone(
        table.find(unregistered).orElseThrow(), DeviceState.NOT_INUSE, false, Instant.now());

    assertThat(presence.reserve(inUse, "caller-1", Instant.now())).isFalse();
    assertThat(presence.reserve(unregistered, "caller-1", Instant.now())).isFalse();
    assertThat(presence.status(inUse).orElseThrow().state()).isEqualTo(AVAILABLE);
  }

  @Test
  void aWholeCallGoesThroughRingingOnCallAndWrapUp() {
    String advisor = loggedIn();
    Instant now = Instant.now();

    presence.reserve(advisor, "caller-1", now);
    presence.callAnswered(advisor, "caller-1", now.plusSeconds(5));
    presence.callEnded(advisor, "caller-1", now.plusSeconds(600));

    AdvisorStatus status = presence.status(advisor).orElseThrow();
    assertThat(status.state()).isEqualTo(WRAP_UP);
    assertThat(status.wrapUpUntil()).isEqualTo(micros(now.plusSeconds(630)));
    assertThat(changes.movesOf(advisor)).containsExactly(AVAILABLE, RINGING, ON_CALL, WRAP_UP);
  }

  @Test
  void twoUnansweredOffersPauseTheAdvisorAndTheFallbackQueueFollows() {
    String advisor = loggedIn();
    Instant now = Instant.now();

    presence.reserve(advisor, "caller-1", now);
    presence.offerFailed(advisor, "caller-1", DialStatus.NOANSWER, now.plusSeconds(20));
    presence.reserve(advisor, "caller-2", now.plusSeconds(30));
    presence.offerFailed(advisor, "caller-2", DialStatus.NOANSWER, now.plusSeconds(50));

    AdvisorStatus status = presence.status(advisor).orElseThrow();
    assertThat(status.state()).isEqualTo(PAUSED);
    assertThat(status.pauseReason()).isEqualTo("no-answer");
    String phone = fixtures.phoneOf(advisor);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                callControl
                    .actionsFor(phone)
                    .contains("queuePause hotline-fallback " + phone + " paused=true no-answer"));
  }

  @Test
  void loggingOutDuringACallTakesEffectWhenTheCallEnds() {
    String advisor = loggedIn();
    Instant now = Instant.now();
    presence.reserve(advisor, "caller-1", now);
    presence.callAnswered(advisor, "caller-1", now);

    presence.logOut(advisor, now.plusSeconds(60));
    PresenceState during = presence.status(advisor).orElseThrow().state();
    presence.callEnded(advisor, "caller-1", now.plusSeconds(120));

    assertThat(during).isEqualTo(ON_CALL);
    assertThat(presence.status(advisor).orElseThrow().state()).isEqualTo(OFFLINE);
  }

  @Test
  void theWrapUpEndsByItselfAndAnnouncesTheAdvisorFree() {
    String advisor = loggedIn();
    Instant longAgo = Instant.now().minusSeconds(120);
    presence.reserve(advisor, "caller-1", longAgo);
    presence.callAnswered(advisor, "caller-1", longAgo);
    presence.callEnded(advisor, "caller-1", longAgo.plusSeconds(10));

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> presence.status(advisor).orElseThrow().state() == AVAILABLE);
    assertThat(changes.movesOf(advisor)).endsWith(WRAP_UP, AVAILABLE);
    assertThat(presence.status(advisor).orElseThrow().since())
        .isEqualTo(micros(longAgo.plusSeconds(40)));
  }

  @Test
  void aChangeIsAnnouncedOnlyOnceItsTransactionCommits() {
    String advisor = fixtures.deskAdvisor();

    transaction.executeWithoutResult(
        status -> {
          presence.logIn(advisor, Instant.now());
          assertThat(changes.of(advisor)).as("not before the commit").isEmpty();
        });
    assertThat(changes.movesOf(advisor)).containsExactly(AVAILABLE);

    transaction.executeWithoutResult(
        status -> {
          presence.pause(advisor, "lunch", Instant.now());
          status.setRollbackOnly();
        });
    assertThat(changes.movesOf(advisor)).containsExactly(AVAILABLE);
    assertThat(presence.status(advisor).orElseThrow().state()).isEqualTo(AVAILABLE);
  }

  @Test
  void aDeactivatedAdvisorIsLoggedOutAndNoLongerListedOrReserved() {
    String advisor = loggedIn();

    fixtures.deactivate(advisor);

    assertThat(presence.statuses()).noneMatch(status -> status.advisor().id().equals(advisor));
    assertThat(presence.status(advisor).orElseThrow().state()).isEqualTo(OFFLINE);
    assertThat(presence.reserve(advisor, "caller-1", Instant.now())).isFalse();
  }

  @Test
  void manyThreadsRacingForOneAdvisorReserveItExactlyOnce() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(6);
    try {
      for (int round = 0; round < 30; round++) {
        String advisor = loggedIn();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int caller = 0; caller < 6; caller++) {
          String call = "caller-" + round + "-" + caller;
          Callable<Boolean> attempt =
              () -> {
                start.await();
                return presence.reserve(advisor, call, Instant.now());
              };
          attempts.add(threads.submit(attempt));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> attempt : attempts) {
          won += attempt.get() ? 1 : 0;
        }
        assertThat(won).as("round " + round).isEqualTo(1);
        assertThat(changes.movesOf(advisor)).containsExactly(AVAILABLE, RINGING);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private String loggedIn() {
    String advisor = fixtures.deskAdvisor();
    presence.logIn(advisor, Instant.now().minusSeconds(300));
    return advisor;
  }

  /** Both databases keep microseconds. */
  private static Instant micros(Instant instant) {
    return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }
}
