package fr.cci.hotline.simulator;

import fr.cci.hotline.simulator.pbx.Endpoint;
import fr.cci.hotline.simulator.pbx.EndpointBehaviour;
import java.time.Duration;

/**
 * A telephone behind the operator trunk (a business owner called back): how it answers the calls
 * the PBX makes to it, changed at any time.
 */
public final class SimulatedNumber {

  private final Endpoint endpoint;

  SimulatedNumber(Endpoint endpoint) {
    this.endpoint = endpoint;
  }

  /** Rings for {@code ring}, answers, talks for {@code talk}, then hangs up: DIALSTATUS ANSWER. */
  public SimulatedNumber answersAfter(Duration ring, Duration talk) {
    endpoint.behaviour(EndpointBehaviour.answering(ring, talk));
    return this;
  }

  /** Rings until the PBX gives up: DIALSTATUS NOANSWER. */
  public SimulatedNumber neverAnswers() {
    endpoint.behaviour(EndpointBehaviour.neverAnswering());
    return this;
  }

  /** The line is busy: DIALSTATUS BUSY. */
  public SimulatedNumber busy() {
    endpoint.behaviour(EndpointBehaviour.busy());
    return this;
  }
}
