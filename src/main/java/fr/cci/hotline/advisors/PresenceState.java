package fr.cci.hotline.advisors;

/** Where an advisor stands for the routing of calls. */
public enum PresenceState {
  /** Not logged in: never offered a call. */
  OFFLINE,
  /** Logged in and free. */
  AVAILABLE,
  /** Their phone is ringing with a hotline call. */
  RINGING,
  /** Talking with a caller. */
  ON_CALL,
  /** Finishing the last call's notes; available again when the wrap-up time is over. */
  WRAP_UP,
  /** Logged in but not taking calls, with a reason. */
  PAUSED
}
