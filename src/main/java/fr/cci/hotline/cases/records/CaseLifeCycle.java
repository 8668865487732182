package fr.cci.hotline.cases.records;

import static fr.cci.hotline.cases.CaseStatus.ABANDONED;
import static fr.cci.hotline.cases.CaseStatus.ASSIGNED;
import static fr.cci.hotline.cases.CaseStatus.CALLBACK_FAILED;
import static fr.cci.hotline.cases.CaseStatus.CALLBACK_PENDING;
import static fr.cci.hotline.cases.CaseStatus.CLOSED;
import static fr.cci.hotline.cases.CaseStatus.IN_PROGRESS;
import static fr.cci.hotline.cases.CaseStatus.OPEN;

import fr.cci.hotline.cases.CaseStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * The status rules of {@link CaseStatus}, as a table: each happening moves a case from a few
 * statuses to one, and leaves every other status alone. That is what makes late and repeated events
 * harmless.
 */
final class CaseLifeCycle {

  /** What happened to a case, as far as its status is concerned. */
  enum Happening {
    OFFERED,
    DECLINED,
    ANSWERED,
    /** An answered call ended: the advisor still has the form to complete. */
    CALL_ENDED,
    /** The caller hung up in the menu or while waiting. */
    HUNG_UP,
    CALLBACK_REQUESTED,
    /** The line was closed and the caller asked for nothing (or it closed while they waited). */
    CLOSED_LINE,
    /** A call-back's advisor answered, but the business owner did not. */
    OWNER_NOT_REACHED,
    /** A call-back's last attempt went unanswered. */
    CALLBACK_GIVEN_UP,
    /** A failed call-back was triggered again. */
    CALLBACK_RETRIED,
    CALLBACK_CANCELLED,
    FORM_COMPLETED
  }

  private static final Set<CaseStatus> NOT_ANSWERED =
      EnumSet.of(OPEN, ASSIGNED, CALLBACK_PENDING, ABANDONED);

  private CaseLifeCycle() {}

  /**
   * The status after {@code happening}.
   *
   * @param callbackRequested whether the caller asked for a call-back earlier: a declined call-back
   *     returns to the call-backs to make, not to the waiting line
   */
  static CaseStatus after(Happening happening, CaseStatus current, boolean callbackRequested) {
    return switch (happening) {
      case OFFERED -> moves(current, EnumSet.of(OPEN, ASSIGNED, CALLBACK_PENDING), ASSIGNED);
      case DECLINED ->
          moves(current, EnumSet.of(ASSIGNED), callbackRequested ? CALLBACK_PENDING : OPEN);
      case ANSWERED, CALL_ENDED -> moves(current, NOT_ANSWERED, IN_PROGRESS);
      case HUNG_UP -> moves(current, EnumSet.of(OPEN, ASSIGNED), ABANDONED);
      case CALLBACK_REQUESTED ->
          moves(current, EnumSet.of(OPEN, ASSIGNED, ABANDONED), CALLBACK_PENDING);
      case CLOSED_LINE -> moves(current, EnumSet.of(OPEN), CLOSED);
      case OWNER_NOT_REACHED -> moves(current, EnumSet.of(ASSIGNED), CALLBACK_PENDING);
      case CALLBACK_GIVEN_UP ->
          moves(current, EnumSet.of(ASSIGNED, CALLBACK_PENDING), CALLBACK_FAILED);
      case CALLBACK_RETRIED -> moves(current, EnumSet.of(CALLBACK_FAILED), CALLBACK_PENDING);
      case CALLBACK_CANCELLED ->
          moves(current, EnumSet.of(ASSIGNED, CALLBACK_PENDING, CALLBACK_FAILED), CLOSED);
      case FORM_COMPLETED ->
          moves(
              current,
              EnumSet.of(IN_PROGRESS, ABANDONED, CALLBACK_PENDING, CALLBACK_FAILED, CLOSED),
              CLOSED);
    };
  }

  /** An advisor cannot complete a case whose call is still in the menu, waiting or ringing. */
  static boolean completable(CaseStatus current) {
    return current != OPEN && current != ASSIGNED;
  }

  private static CaseStatus moves(CaseStatus current, Set<CaseStatus> from, CaseStatus to) {
    return from.contains(current) ? to : current;
  }
}
