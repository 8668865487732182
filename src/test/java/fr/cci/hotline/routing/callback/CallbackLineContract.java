package fr.cci.hotline.routing.callback;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.routing.CallbackRequested;
import fr.cci.hotline.telephony.CallerNumber;
import fr.cci.hotline.telephony.DialStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The call-backs' table on a real database, H2 and PostgreSQL alike (the subclasses): their order
 * in the line, and each step of an attempt as a conditional update that only one caller wins.
 */
@SpringBootTest
@ActiveProfiles("test")
abstract class CallbackLineContract {

  /** Far in the future: nothing else in the shared database is due then. */
  static final Instant NOW = Instant.parse("2031-03-04T09:30:00Z").truncatedTo(ChronoUnit.SECONDS);

  @Autowired CallbackLine callbacks;
  @Autowired CallbackAttempts attempts;
  @Autowired CallbackActions actions;
  @Autowired JdbcTemplate jdbc;

  CallbackFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new CallbackFixtures(callbacks, jdbc);
  }

  @Test
  void pendingCallBacksComeInTheirCallersArrivalOrderOnceDue() {
    String later = fixtures.pending("0612000001", NOW, Duration.ofMinutes(5));
    String earlier = fixtures.pending("0612000002", NOW, Duration.ofMinutes(30));

    assertThat(callbacks.due(NOW).stream().map(Callback::caseNumber))
        .containsSubsequence(earlier, later);
    assertThat(callbacks.due(NOW.minusSeconds(1)).stream().map(Callback::caseNumber))
        .doesNotContain(earlier, later);
  }

  @Test
  void aCallBackIsOfferedToOneAdvisorOnlyHoweverManyPassesTryAtOnce() throws Exception {
    String caseNumber = fixtures.pending("0612000003", NOW, Duration.ofMinutes(1));
    ExecutorService passes = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Boolean>> tries = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String leg = caseNumber + "-leg-" + i;
      Callable<Boolean> attempt =
          () -> {
            go.await();
            return callbacks.offer(caseNumber, "adv10" + (leg.length() % 9), leg, NOW);
          };
      tries.add(passes.submit(attempt));
    }
    go.countDown();
    int won = 0;
    for (Future<Boolean> each : tries) {
      won += each.get() ? 1 : 0;
    }
    passes.shutdown();

    assertThat(won).isEqualTo(1);
    assertThat(callbacks.attempts(caseNumber)).hasSize(1);
    assertThat(callbacks.find(caseNumber).orElseThrow().state()).isEqualTo(CallbackState.RINGING);
  }

  @Test
  void anAdvisorWhoMissesItLeavesItPendingWithThemTriedAndNoAttemptUsed() {
    String caseNumber = fixtures.pending("0612000004", NOW, Duration.ofMinutes(1));
    callbacks.offer(caseNumber, "adv101", caseNumber + "-a", NOW);

    assertThat(attempts.advisorMissed(caseNumber + "-a", DialStatus.NOANSWER, NOW)).isTrue();
    assertThat(attempts.advisorMissed(caseNumber + "-a", DialStatus.NOANSWER, NOW))
        .as("a repeated fact")
        .isFalse();

    Callback pending = callbacks.find(caseNumber).orElseThrow();
    assertThat(pending.state()).isEqualTo(CallbackState.PENDING);
    assertThat(pending.tried()).containsExactly("adv101");
    assertThat(pending.attempts()).isZero();
    assertThat(pending.channelId()).isNull();
    assertThat(callbacks.attempts(caseNumber))
        .extracting(CallbackAttempt::advisorOutcome)
        .containsExactly("NOANSWER");
  }

  @Test
  void anOwnerWhoDoesNotAnswerUsesAnAttemptAndWaitsTheDelayThenTheLastOneFails() {
    String caseNumber = fixtures.pending("0612000005", NOW, Duration.ofMinutes(1));
    String first = caseNumber + "-1";
    callbacks.offer(caseNumber, "adv101", first, NOW);
    assertThat(attempts.advisorAnswered(first, NOW)).isPresent();
    assertThat(attempts.ownerDialled(first)).isTrue();

    Callback retry =
        attempts.ownerMissed(first, DialStatus.BUSY, 2, Duration.ofMinutes(15), NOW).orElseThrow();
    assertThat(retry.state()).isEqualTo(CallbackState.PENDING);
    assertThat(retry.attempts()).isEqualTo(1);
    assertThat(retry.dueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    assertThat(retry.lastOutcome()).isEqualTo("BUSY");

    String second = caseNumber + "-2";
    callbacks.offer(caseNumber, "adv102", second, NOW);
    attempts.advisorAnswered(second, NOW);
    attempts.ownerDialled(second);
    Callback failed =
        attempts
            .ownerMissed(second, DialStatus.NOANSWER, 2, Duration.ofMinutes(15), NOW)
            .orElseThrow();
    assertThat(failed.state()).isEqualTo(CallbackState.FAILED);
    assertThat(failed.attempts()).isEqualTo(2);
    assertThat(failed.endedAt()).isEqualTo(NOW);
    assertThat(failed.number()).isEqualTo(CallerNumber.of("0612000005"));
  }

  @Test
  void anOwnerWhoAnswersEndsTheCallBackAndTheirNumberIsErased() {
    String caseNumber = fixtures.pending("0612000006", NOW, Duration.ofMinutes(1));
    String leg = caseNumber + "-1";
    callbacks.offer(caseNumber, "adv101", leg, NOW);
    attempts.advisorAnswered(leg, NOW);
    attempts.ownerDialled(leg);

    assertThat(attempts.ownerAnswered(leg, NOW)).isTrue();
    assertThat(attempts.talkEnded(leg, NOW.plusSeconds(600))).isTrue();
    assertThat(attempts.talkEnded(leg, NOW.plusSeconds(601))).isFalse();

    Callback done = callbacks.find(caseNumber).orElseThrow();
    assertThat(done.state()).isEqualTo(CallbackState.DONE);
    assertThat(done.number().presented()).isFalse();
    assertThat(done.advisorId()).isEqualTo("adv101");
  }

  @Test
  void anAttemptWithoutAnOutcomeIsPendingAgainAtOnceAndAnOldLegCannotMoveANewerAttempt() {
    String caseNumber = fixtures.pending("0612000007", NOW, Duration.ofMinutes(1));
    callbacks.offer(caseNumber, "adv101", caseNumber + "-old", NOW);
    attempts.advisorAnswered(caseNumber + "-old", NOW);

    assertThat(attempts.interrupted(caseNumber + "-old", NOW.plusSeconds(5))).isTrue();
    callbacks.offer(caseNumber, "adv102", caseNumber + "-new", NOW.plusSeconds(6));

    assertThat(attempts.advisorAnswered(caseNumber + "-old", NOW)).isEmpty();
    assertThat(attempts.ownerDialled(caseNumber + "-old")).isFalse();
    Callback current = callbacks.find(caseNumber).orElseThrow();
    assertThat(current.state()).isEqualTo(CallbackState.RINGING);
    assertThat(current.channelId()).isEqualTo(caseNumber + "-new");
    assertThat(current.attempts()).isZero();
  }

  @Test
  void aFailedCallBackTriggeredAgainStartsANewRoundAndWhoDidItIsKept() {
    String caseNumber = fixtures.failed("0612000008", NOW, 2);

    assertThat(actions.trigger(caseNumber, "sophie.martin", NOW.plusSeconds(60))).isTrue();
    Callback again = callbacks.find(caseNumber).orElseThrow();
    assertThat(again.state()).isEqualTo(CallbackState.PENDING);
    assertThat(again.attempts()).isZero();
    assertThat(again.dueAt()).isEqualTo(NOW.plusSeconds(60));

    assertThat(actions.cancel(caseNumber, "paul.durand", "rappelé à la main", NOW.plusSeconds(90)))
        .isTrue();
    assertThat(actions.trigger(caseNumber, "sophie.martin", NOW.plusSeconds(120))).isFalse();
    Callback cancelled = callbacks.find(caseNumber).orElseThrow();
    assertThat(cancelled.state()).isEqualTo(CallbackState.CANCELLED);
    assertThat(cancelled.number().presented()).isFalse();
    assertThat(actions.history(caseNumber))
        .extracting(CallbackAudit::kind, CallbackAudit::username, CallbackAudit::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("TRIGGERED", "sophie.martin", null),
            org.assertj.core.groups.Tuple.tuple("CANCELLED", "paul.durand", "rappelé à la main"));
  }

  @Test
  void theNumberOfACallBackFailedLongAgoIsErasedAndItCannotBeTriggeredAnyMore() {
    String caseNumber = fixtures.failed("0612000009", NOW, 1);

    actions.forgetFailed(NOW.plusSeconds(1));

    Callback forgotten = callbacks.find(caseNumber).orElseThrow();
    assertThat(forgotten.state()).isEqualTo(CallbackState.FAILED);
    assertThat(forgotten.number().presented()).isFalse();
    assertThat(actions.trigger(caseNumber, "sophie.martin", NOW.plusSeconds(5))).isFalse();
  }

  @Test
  void aCallBackRequestedByAHiddenCallerKeepsTheNumberTheyTyped() {
    String caseNumber = CallbackFixtures.caseNumber();
    callbacks.store(
        Callback.requested(
            caseNumber,
            CallerNumber.keyedIn("0712345678").orElseThrow(),
            null,
            null,
            NOW,
            CallbackRequested.Reason.LINE_CLOSED,
            NOW));

    Callback stored = callbacks.find(caseNumber).orElseThrow();
    assertThat(stored.number().value()).isEqualTo("0712345678");
    assertThat(stored.reason()).isEqualTo(CallbackRequested.Reason.LINE_CLOSED);
    assertThat(stored.department()).isNull();
  }
}
