package fr.cci.hotline.cases;

/**
 * Where a case stands. The menu's and routing's events move it forward; any other combination
 * leaves it as it is, so that a late or repeated event never moves it back (an answered call does
 * not become abandoned because a hang-up arrived late).
 *
 * <pre>
 * what happened                      from                                        to
 * the call arrived                   -                                           OPEN
 * an advisor's phone rings           OPEN, ASSIGNED, CALLBACK_PENDING            ASSIGNED
 * that advisor did not answer        ASSIGNED                                    OPEN, or
 *                                                                                CALLBACK_PENDING if asked
 * an advisor answered (or the        OPEN, ASSIGNED, CALLBACK_PENDING, ABANDONED IN_PROGRESS
 *   answered call ended)
 * an advisor answered in the         OPEN, ASSIGNED, CALLBACK_PENDING, ABANDONED IN_PROGRESS
 *   fallback queue
 * the caller hung up, unanswered     OPEN, ASSIGNED                              ABANDONED
 *   (also the fallback queue's
 *   abandon or time-out)
 * the caller's channel ended and     OPEN                                        ABANDONED
 *   nothing else was said
 * the caller asked for a call-back   OPEN, ASSIGNED, ABANDONED                   CALLBACK_PENDING
 * closed line, nothing asked (or     OPEN                                        CLOSED
 *   the line closed while waiting)
 * a call-back's owner not reached    ASSIGNED                                    CALLBACK_PENDING
 * a call-back's last attempt failed  ASSIGNED, CALLBACK_PENDING                  CALLBACK_FAILED
 * a call-back triggered again        CALLBACK_FAILED                             CALLBACK_PENDING
 * a call-back cancelled              ASSIGNED, CALLBACK_PENDING, CALLBACK_FAILED CLOSED
 * the advisor completed the form     IN_PROGRESS, ABANDONED, CALLBACK_PENDING,   CLOSED
 *                                    CALLBACK_FAILED
 * </pre>
 *
 * <p>A call-back's attempt rings the advisor first (ASSIGNED), then the business owner: the case is
 * IN_PROGRESS with that advisor once the owner answers.
 */
public enum CaseStatus {
  /** The call arrived: the caller is in the menu or waiting for an advisor. */
  OPEN,
  /** An advisor's phone is ringing with the call. */
  ASSIGNED,
  /**
   * An advisor answered. The case stays here after the call has ended, until the advisor completes
   * the form (orientation, notes, follow-up): cases in progress whose call has ended are the
   * advisors' forms still to complete.
   */
  IN_PROGRESS,
  /** The caller asked to be called back, while waiting or because the line was closed. */
  CALLBACK_PENDING,
  /**
   * Every attempt of the call-back went unanswered by the business owner: supervisors follow it up
   * (trigger it again, cancel it, or call by hand and complete the form).
   */
  CALLBACK_FAILED,
  /**
   * Nothing more to do: the advisor completed the form, or the caller reached a closed line and
   * asked for nothing.
   */
  CLOSED,
  /** The caller hung up before an advisor answered, in the menu or while waiting. */
  ABANDONED
}
