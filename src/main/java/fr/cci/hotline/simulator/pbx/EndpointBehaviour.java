package fr.cci.hotline.simulator.pbx;

import java.time.Duration;

/**
 * How a simulated SIP endpoint reacts to an INVITE.
 *
 * @param kind what it does
 * @param ringTime how long it rings before answering (ANSWER only)
 * @param talkTime how long it talks before hanging up (ANSWER only)
 */
public record EndpointBehaviour(Kind kind, Duration ringTime, Duration talkTime) {

  /** The possible reactions. */
  public enum Kind {
    ANSWER,
    NEVER_ANSWER,
    BUSY
  }

  public static EndpointBehaviour answering(Duration ring, Duration talk) {
    return new EndpointBehaviour(Kind.ANSWER, ring, talk);
  }

  public static EndpointBehaviour neverAnswering() {
    return new EndpointBehaviour(Kind.NEVER_ANSWER, Duration.ZERO, Duration.ZERO);
  }

  public static EndpointBehaviour busy() {
    return new EndpointBehaviour(Kind.BUSY, Duration.ZERO, Duration.ZERO);
  }
}
