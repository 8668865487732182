package fr.cci.hotline.cases;

/**
 * Where a case stands. The menu's and routing's events move it forward; a late or repeated event
 * never moves it back (an answered call does not become abandoned because a hang-up arrived late).
 *
 * <pre>
 * OPEN ──offered──► ASSIGNED ──answered──► IN_PROGRESS ──form completed──► CLOSED
 *  │  ◄──declined──┘    │                      ▲
 *  │                    └──hung up──► ABANDONED ┘ (form completed, or called back)
 *  ├──asked for a call-back (waiting, or line closed)──► CALLBACK_PENDING ──offered──► ASSIGNED
 *  └──line closed, no call-back asked──► CLOSED
 * </pre>
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
   * Nothing more to do: the advisor completed the form, or the caller reached a closed line and
   * asked for nothing.
   */
  CLOSED,
  /** The caller hung up before an advisor answered, in the menu or while waiting. */
  ABANDONED
}
