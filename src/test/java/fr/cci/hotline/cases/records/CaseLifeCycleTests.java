package fr.cci.hotline.cases.records;

import static fr.cci.hotline.cases.CaseStatus.ABANDONED;
import static fr.cci.hotline.cases.CaseStatus.ASSIGNED;
import static fr.cci.hotline.cases.CaseStatus.CALLBACK_FAILED;
import static fr.cci.hotline.cases.CaseStatus.CALLBACK_PENDING;
import static fr.cci.hotline.cases.CaseStatus.CLOSED;
import static fr.cci.hotline.cases.CaseStatus.IN_PROGRESS;
import static fr.cci.hotline.cases.CaseStatus.OPEN;
import static fr.cci.hotline.cases.records.CaseLifeCycle.after;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.cases.records.CaseLifeCycle.Happening;
import org.junit.jupiter.api.Test;

class CaseLifeCycleTests {

  @Test
  void anOfferAssignsAWaitingCaseOrACallbackToMake() {
    assertThat(after(Happening.OFFERED, OPEN, false)).isEqualTo(ASSIGNED);
    assertThat(after(Happening.OFFERED, CALLBACK_PENDING, true)).isEqualTo(ASSIGNED);
    assertThat(after(Happening.OFFERED, IN_PROGRESS, false)).isEqualTo(IN_PROGRESS);
  }

  @Test
  void aDeclinedOfferReturnsTheCaseWhereItCameFrom() {
    assertThat(after(Happening.DECLINED, ASSIGNED, false)).isEqualTo(OPEN);
    assertThat(after(Happening.DECLINED, ASSIGNED, true)).isEqualTo(CALLBACK_PENDING);
    assertThat(after(Happening.DECLINED, IN_PROGRESS, false)).isEqualTo(IN_PROGRESS);
  }

  @Test
  void anAnswerPutsAnyUnansweredCaseInProgress() {
    for (CaseStatus unanswered : new CaseStatus[] {OPEN, ASSIGNED, CALLBACK_PENDING, ABANDONED}) {
      assertThat(after(Happening.ANSWERED, unanswered, false)).isEqualTo(IN_PROGRESS);
    }
    assertThat(after(Happening.ANSWERED, CLOSED, false)).isEqualTo(CLOSED);
  }

  @Test
  void theEndOfAnAnsweredCallLeavesTheCaseInProgressForTheForm() {
    assertThat(after(Happening.CALL_ENDED, IN_PROGRESS, false)).isEqualTo(IN_PROGRESS);
    assertThat(after(Happening.CALL_ENDED, ASSIGNED, false)).isEqualTo(IN_PROGRESS);
    assertThat(after(Happening.CALL_ENDED, CLOSED, false)).isEqualTo(CLOSED);
  }

  @Test
  void hangingUpAbandonsOnlyACaseNotYetAnsweredNorToCallBack() {
    assertThat(after(Happening.HUNG_UP, OPEN, false)).isEqualTo(ABANDONED);
    assertThat(after(Happening.HUNG_UP, ASSIGNED, false)).isEqualTo(ABANDONED);
    assertThat(after(Happening.HUNG_UP, CALLBACK_PENDING, true)).isEqualTo(CALLBACK_PENDING);
    assertThat(after(Happening.HUNG_UP, IN_PROGRESS, false)).isEqualTo(IN_PROGRESS);
  }

  @Test
  void aCallbackRequestWinsOverAnAbandonButNotOverAnAnswer() {
    assertThat(after(Happening.CALLBACK_REQUESTED, OPEN, true)).isEqualTo(CALLBACK_PENDING);
    assertThat(after(Happening.CALLBACK_REQUESTED, ABANDONED, true)).isEqualTo(CALLBACK_PENDING);
    assertThat(after(Happening.CALLBACK_REQUESTED, IN_PROGRESS, true)).isEqualTo(IN_PROGRESS);
  }

  @Test
  void aClosedLineWithNothingAskedClosesTheCase() {
    assertThat(after(Happening.CLOSED_LINE, OPEN, false)).isEqualTo(CLOSED);
    assertThat(after(Happening.CLOSED_LINE, CALLBACK_PENDING, true)).isEqualTo(CALLBACK_PENDING);
  }

  @Test
  void theAdvisorsFormClosesACaseOnlyOnceItsCallIsOver() {
    assertThat(after(Happening.FORM_COMPLETED, IN_PROGRESS, false)).isEqualTo(CLOSED);
    assertThat(after(Happening.FORM_COMPLETED, ABANDONED, false)).isEqualTo(CLOSED);
    assertThat(after(Happening.FORM_COMPLETED, CALLBACK_PENDING, true)).isEqualTo(CLOSED);
    assertThat(CaseLifeCycle.completable(OPEN)).isFalse();
    assertThat(CaseLifeCycle.completable(ASSIGNED)).isFalse();
    assertThat(CaseLifeCycle.completable(IN_PROGRESS)).isTrue();
  }

  @Test
  void aCallBackWhoseOwnerWasNotReachedIsPendingAgainUntilItsLastAttemptFails() {
    assertThat(after(Happening.OWNER_NOT_REACHED, ASSIGNED, true)).isEqualTo(CALLBACK_PENDING);
    assertThat(after(Happening.OWNER_NOT_REACHED, IN_PROGRESS, true)).isEqualTo(IN_PROGRESS);
    assertThat(after(Happening.CALLBACK_GIVEN_UP, ASSIGNED, true)).isEqualTo(CALLBACK_FAILED);
    assertThat(after(Happening.CALLBACK_GIVEN_UP, CALLBACK_PENDING, true))
        .isEqualTo(CALLBACK_FAILED);
    assertThat(after(Happening.CALLBACK_GIVEN_UP, IN_PROGRESS, true)).isEqualTo(IN_PROGRESS);
  }

  @Test
  void aFailedCallBackIsPendingAgainWhenTriggeredAndOfferedLikeAnyOther() {
    assertThat(after(Happening.CALLBACK_RETRIED, CALLBACK_FAILED, true))
        .isEqualTo(CALLBACK_PENDING);
    assertThat(after(Happening.CALLBACK_RETRIED, CLOSED, true)).isEqualTo(CLOSED);
    assertThat(after(Happening.OFFERED, CALLBACK_FAILED, true)).isEqualTo(CALLBACK_FAILED);
  }

  @Test
  void aCancelledCallBackClosesItsCaseButNeverAnAnsweredOne() {
    for (CaseStatus waiting : new CaseStatus[] {ASSIGNED, CALLBACK_PENDING, CALLBACK_FAILED}) {
      assertThat(after(Happening.CALLBACK_CANCELLED, waiting, true)).isEqualTo(CLOSED);
    }
    assertThat(after(Happening.CALLBACK_CANCELLED, IN_PROGRESS, true)).isEqualTo(IN_PROGRESS);
  }

  @Test
  void anAdvisorMayCloseAFailedCallBackWithTheForm() {
    assertThat(after(Happening.FORM_COMPLETED, CALLBACK_FAILED, true)).isEqualTo(CLOSED);
    assertThat(CaseLifeCycle.completable(CALLBACK_FAILED)).isTrue();
  }
}
