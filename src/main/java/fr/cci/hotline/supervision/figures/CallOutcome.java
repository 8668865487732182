package fr.cci.hotline.supervision.figures;

import fr.cci.hotline.cases.CaseTimes;

/**
 * What became of a call, as its case record tells it: the definitions of {@link QueueFigures}
 * applied to one call. Offered calls end answered, abandoned (short or not), with a call-back
 * request, or are still waiting; the others ended in the menu or on a closed line.
 */
public enum CallOutcome {
  ANSWERED,
  ABANDONED,
  SHORT_ABANDON,
  CALLBACK,
  /** Hung up in the menu, before the waiting line. */
  MENU_ABANDON,
  /** The line was closed; the caller asked for nothing. */
  CLOSED_LINE,
  /** The line was closed; the caller asked to be called back. */
  CLOSED_LINE_CALLBACK,
  /** Still in the menu or in the line, or its end was never recorded. */
  UNRESOLVED;

  /** The step a case records for a caller who hung up in the waiting line. */
  static final String WAITING_STEP = "waiting";

  public static CallOutcome of(CaseTimes call) {
    if (offered(call)) {
      // Checked first: a call-back carried out later may record an answer on the same case.
      if (call.callbackRequested()) {
        return CALLBACK;
      }
      if (call.answeredAt() != null) {
        return ANSWERED;
      }
      if (WAITING_STEP.equals(call.stepReached())) {
        return call.waitSeconds() != null && QueueFigures.shortAbandon(call.waitSeconds())
            ? SHORT_ABANDON
            : ABANDONED;
      }
      return UNRESOLVED;
    }
    if (Boolean.FALSE.equals(call.lineOpen())) {
      return call.callbackRequested() ? CLOSED_LINE_CALLBACK : CLOSED_LINE;
    }
    return call.stepReached() != null ? MENU_ABANDON : UNRESOLVED;
  }

  /** Whether the call entered the waiting line (an answer implies it did). */
  public static boolean offered(CaseTimes call) {
    return call.queuedAt() != null || call.answeredAt() != null;
  }

  /** Left the line without an advisor and without a request. */
  public boolean abandoned() {
    return this == ABANDONED || this == SHORT_ABANDON;
  }
}
