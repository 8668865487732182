package fr.cci.hotline.routing.callback;

/** Where a call-back stands. */
public enum CallbackState {
  /** Waiting for its turn: its due time, the line open and a free advisor. */
  PENDING,
  /** The advisor's phone is ringing. */
  RINGING,
  /** The advisor answered and hears which case it is. */
  ANSWERED,
  /** The business owner's phone is ringing. */
  DIALLING,
  /** The business owner answered: the advisor has the case. */
  DONE,
  /** The business owner never answered: supervisors follow it up. */
  FAILED,
  /** Cancelled by an advisor or a supervisor, with a reason. */
  CANCELLED;

  /** An attempt is under way: the call-back is not to be offered, nor cancelled. */
  public boolean attempting() {
    return this == RINGING || this == ANSWERED || this == DIALLING;
  }
}
