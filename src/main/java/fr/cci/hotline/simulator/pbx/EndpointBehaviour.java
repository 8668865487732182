package fr.cci.hotline.simulator.pbx;

import java.time.Duration;

/**
 * How a simulated SIP endpoint reacts to an INVITE.
 *
 * @param kind what it does
 * @param ringTime how long it rings before answering (ANSWER only)
 * @param talkTime how long it talks before hanging up (ANSWER), or stays after answering
 *     (HANG_UP_AFTER_ANSWER)
 */
public record EndpointBehaviour(Kind kind, Duration ringTime, Duration talkTime) {

  /** The possible reactions. */
  public enum Kind {
    ANSWER,
    /**
     * Answers, then hangs up after {@code talkTime} whatever it hears: on an Originate, before any
     * bridge (an advisor who picks up a call-back and hangs up on its announcement).
     */
    HANG_UP_AFTER_ANSWER,
    NEVER_ANSWER,
    BUSY
  }

  /** Whether it picks up at all (after {@code ringTime}). */
  public boolean answers() {
    return kind == Kind.ANSWER || kind == Kind.HANG_UP_AFTER_ANSWER;
  }

  public static EndpointBehaviour answering(Duration ring, Duration talk) {
    return new EndpointBehaviour(Kind.ANSWER, ring, talk);
  }

  public static EndpointBehaviour hangingUpAfterAnswer(Duration ring, Duration after) {
    return new EndpointBehaviour(Kind.HANG_UP_AFTER_ANSWER, ring, after);
  }

  public static EndpointBehaviour neverAnswering() {
    return new EndpointBehaviour(Kind.NEVER_ANSWER, Duration.ZERO, Duration.ZERO);
  }

  public static EndpointBehaviour busy() {
    return new EndpointBehaviour(Kind.BUSY, Duration.ZERO, Duration.ZERO);
  }
}
