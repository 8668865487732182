package fr.cci.hotline.supervision.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.cases.CaseTimes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The definitions of the queue's figures, one call at a time and added up. */
class QueueFiguresTests {

  private static final Instant ARRIVED = Instant.parse("2026-11-27T09:00:00Z");
  private static final Duration THRESHOLD = Duration.ofSeconds(60);

  @Test
  void anAnsweredCallWasOfferedAndCountsItsWaitFromTheLineNotFromTheMenu() {
    CaseTimes answered = answered(30, 45, 600);

    QueueFigures figures = QueueFigures.of(List.of(answered), THRESHOLD);

    assertThat(CallOutcome.of(answered)).isEqualTo(CallOutcome.ANSWERED);
    assertThat(figures.offered()).isEqualTo(1);
    assertThat(figures.answered()).isEqualTo(1);
    assertThat(figures.averageSpeedOfAnswer()).hasValue(45.0);
    assertThat(figures.serviceLevel()).hasValue(1.0);
  }

  @Test
  void theServiceLevelLeavesShortAbandonsOut() {
    List<CaseTimes> calls =
        List.of(
            answered(20, 10, 300),
            answered(20, 60, 300),
            answered(20, 61, 300),
            leftTheLine(20, 4),
            leftTheLine(20, 5));

    QueueFigures figures = QueueFigures.of(calls, THRESHOLD);

    assertThat(figures.offered()).isEqualTo(5);
    assertThat(figures.shortAbandons()).isEqualTo(1);
    assertThat(figures.abandoned()).as("short ones included").isEqualTo(2);
    assertThat(figures.answeredWithinThreshold()).as("60 s is within 60 s").isEqualTo(2);
    assertThat(figures.serviceLevel().getAsDouble()).isCloseTo(2.0 / 4, within(1e-9));
    assertThat(figures.abandonmentRate().getAsDouble()).isCloseTo(2.0 / 5, within(1e-9));
    assertThat(figures.averageSpeedOfAnswer().getAsDouble())
        .isCloseTo((10 + 60 + 61) / 3.0, within(1e-9));
  }

  @Test
  void aCallerWhoAskedToBeCalledBackLeftTheLineWithARequestEvenIfTheCallBackWasAnsweredLater() {
    CaseTimes waitingCallBack = calledBack(20, 40, false);
    CaseTimes answeredLater =
        new CaseTimes(
            "14",
            "caen",
            "autre",
            CaseStatus.IN_PROGRESS,
            null,
            true,
            true,
            ARRIVED,
            ARRIVED.plusSeconds(20),
            ARRIVED.plusSeconds(3600),
            null,
            20,
            40,
            null);

    QueueFigures figures = QueueFigures.of(List.of(waitingCallBack, answeredLater), THRESHOLD);

    assertThat(CallOutcome.of(answeredLater)).isEqualTo(CallOutcome.CALLBACK);
    assertThat(figures.callbacks()).isEqualTo(2);
    assertThat(figures.answered()).isZero();
    assertThat(figures.serviceLevel()).hasValue(0.0);
  }

  @Test
  void callsThatNeverReachedTheLineAreNotOffered() {
    CaseTimes menu =
        new CaseTimes(
            null,
            null,
            null,
            CaseStatus.ABANDONED,
            "topic",
            true,
            false,
            ARRIVED,
            null,
            null,
            ARRIVED.plusSeconds(12),
            12,
            null,
            null);
    CaseTimes closed =
        new CaseTimes(
            null,
            null,
            null,
            CaseStatus.CLOSED,
            null,
            false,
            false,
            ARRIVED,
            null,
            null,
            ARRIVED.plusSeconds(30),
            null,
            null,
            null);
    CaseTimes closedCallBack = calledBack(0, 0, true);

    QueueFigures figures = QueueFigures.of(List.of(menu, closed, closedCallBack), THRESHOLD);

    assertThat(CallOutcome.of(menu)).isEqualTo(CallOutcome.MENU_ABANDON);
    assertThat(CallOutcome.of(closed)).isEqualTo(CallOutcome.CLOSED_LINE);
    assertThat(CallOutcome.of(closedCallBack)).isEqualTo(CallOutcome.CLOSED_LINE_CALLBACK);
    assertThat(figures.arrived()).isEqualTo(3);
    assertThat(figures.offered()).isZero();
    assertThat(figures.callbacks()).as("a call-back is a caller who left the line").isZero();
    assertThat(figures.serviceLevel()).as("no call to measure").isEmpty();
  }

  @Test
  void theAverageHandlingTimeIsTheTalkPlusTheWrapUp() {
    List<CaseTimes> calls = List.of(answered(20, 10, 300), answered(20, 10, 500));

    QueueFigures figures = QueueFigures.of(calls, THRESHOLD);

    assertThat(figures.averageHandlingSeconds(Duration.ofSeconds(30))).hasValue(430.0);
    assertThat(figures.averageHandlingSeconds(Duration.ZERO)).hasValue(400.0);
  }

  @Test
  void waitsAreWholeSecondsRoundedAsTheCaseRecordsRoundThem() {
    assertThat(QueueFigures.wholeSeconds(Duration.ofMillis(4499))).isEqualTo(4);
    assertThat(QueueFigures.wholeSeconds(Duration.ofMillis(4500))).isEqualTo(5);
    assertThat(QueueFigures.shortAbandon(4)).isTrue();
    assertThat(QueueFigures.shortAbandon(5)).isFalse();
  }

  @Test
  void aCallStillInTheLineIsOfferedButNotYetSettled() {
    CaseTimes waiting =
        new CaseTimes(
            "27",
            "portes-normandie",
            "autre",
            CaseStatus.OPEN,
            null,
            true,
            false,
            ARRIVED,
            ARRIVED.plusSeconds(20),
            null,
            null,
            20,
            null,
            null);

    QueueFigures figures = QueueFigures.of(List.of(waiting), THRESHOLD);

    assertThat(CallOutcome.of(waiting)).isEqualTo(CallOutcome.UNRESOLVED);
    assertThat(figures.offered()).isEqualTo(1);
    assertThat(figures.settled()).isZero();
    assertThat(figures.serviceLevel()).as("neither in time nor lost yet").isEmpty();
    assertThat(figures.abandonmentRate()).isEmpty();
  }

  private static CaseTimes answered(int menu, int wait, int talk) {
    Instant queued = ARRIVED.plusSeconds(menu);
    Instant answered = queued.plusSeconds(wait);
    return new CaseTimes(
        "14",
        "caen",
        "tresorerie",
        CaseStatus.IN_PROGRESS,
        null,
        true,
        false,
        ARRIVED,
        queued,
        answered,
        answered.plusSeconds(talk),
        menu,
        wait,
        talk);
  }

  private static CaseTimes leftTheLine(int menu, int wait) {
    Instant queued = ARRIVED.plusSeconds(menu);
    return new CaseTimes(
        "76",
        "rouen",
        "tresorerie",
        CaseStatus.ABANDONED,
        "waiting",
        true,
        false,
        ARRIVED,
        queued,
        null,
        queued.plusSeconds(wait),
        menu,
        wait,
        null);
  }

  private static CaseTimes calledBack(int menu, int wait, boolean closedLine) {
    Instant queued = closedLine ? null : ARRIVED.plusSeconds(menu);
    return new CaseTimes(
        "50",
        "ouest-normandie",
        "autre",
        CaseStatus.CALLBACK_PENDING,
        null,
        !closedLine,
        true,
        ARRIVED,
        queued,
        null,
        ARRIVED.plusSeconds(menu + wait),
        menu,
        closedLine ? null : wait,
        null);
  }
}
