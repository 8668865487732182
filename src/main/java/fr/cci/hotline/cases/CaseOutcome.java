package fr.cci.hotline.cases;

/** How a call ended for the caller, as the advisor records it: a statistic, kept for good. */
public enum CaseOutcome {
  /** The caller was oriented to one or more partners. */
  ORIENTATION_GIVEN,
  /** The advisor will get back to the caller (a follow-up date is required). */
  FOLLOW_UP_PLANNED,
  /** The caller's question was answered on the phone. */
  INFORMATION_GIVEN,
  /** Nothing to do. */
  NO_ACTION_NEEDED,
  /** Not a matter for the hotline. */
  OUT_OF_SCOPE
}
