package fr.cci.hotline.simulator;

import fr.cci.hotline.simulator.pbx.Endpoint;
import fr.cci.hotline.simulator.pbx.EndpointBehaviour;
import fr.cci.hotline.simulator.pbx.Endpoints;
import java.time.Duration;

/**
 * An advisor's SIP phone (PJSIP endpoint "adv101"). Its behaviour can change while calls run:
 * registering or unregistering emits ContactStatus and DeviceStateChange like chan_pjsip.
 */
public final class SimulatedAdvisor {

  private final Endpoint endpoint;
  private final Endpoints endpoints;

  SimulatedAdvisor(Endpoint endpoint, Endpoints endpoints) {
    this.endpoint = endpoint;
    this.endpoints = endpoints;
  }

  public String endpoint() {
    return endpoint.name();
  }

  /** Rings for {@code ring}, answers, talks for {@code talk}, then hangs up. */
  public SimulatedAdvisor answersAfter(Duration ring, Duration talk) {
    endpoint.behaviour(EndpointBehaviour.answering(ring, talk));
    return this;
  }

  /** Rings for {@code ring}, answers, and hangs up {@code after} that whatever it hears. */
  public SimulatedAdvisor hangsUpAfterAnswering(Duration ring, Duration after) {
    endpoint.behaviour(EndpointBehaviour.hangingUpAfterAnswer(ring, after));
    return this;
  }

  public SimulatedAdvisor neverAnswers() {
    endpoint.behaviour(EndpointBehaviour.neverAnswering());
    return this;
  }

  /**
   * How many times a call tried to ring this phone while it already had one: a PBX client that
   * never offers an advisor two calls at once keeps it at zero.
   */
  public int ringsWhileInCall() {
    return endpoint.ringsWhileInCall();
  }

  /** Answers every call with 486 Busy Here: DIALSTATUS BUSY. */
  public SimulatedAdvisor busy() {
    endpoint.behaviour(EndpointBehaviour.busy());
    return this;
  }

  /** The phone loses its registration: CHANUNAVAIL, contact Removed, device UNAVAILABLE. */
  public SimulatedAdvisor unregistered() {
    endpoints.unregister(endpoint);
    return this;
  }

  public SimulatedAdvisor registered() {
    endpoints.register(endpoint);
    return this;
  }

  /** NOT_INUSE, RINGING, INUSE or UNAVAILABLE. */
  public String deviceState() {
    return endpoint.deviceState();
  }
}
