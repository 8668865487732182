package fr.cci.hotline.simulator.pbx;

import java.util.concurrent.atomic.AtomicInteger;

/** A PJSIP endpoint of the model (an advisor's phone or the operator trunk). */
public final class Endpoint {

  private final String name;
  private final String context;
  private final AtomicInteger calls = new AtomicInteger();
  private final AtomicInteger ringsWhileInCall = new AtomicInteger();
  private volatile EndpointBehaviour behaviour;
  private volatile boolean registered;
  private volatile String deviceState;
  private volatile java.util.function.Supplier<java.time.Duration> ringTimes;
  private volatile java.util.function.Supplier<java.time.Duration> talkTimes;
  private volatile EndpointProfiles.Profile profile = EndpointProfiles.none().of("");

  Endpoint(String name, String context, EndpointBehaviour behaviour, boolean registered) {
    this.name = name;
    this.context = context;
    this.behaviour = behaviour;
    this.registered = registered;
    this.deviceState = registered ? "NOT_INUSE" : "UNAVAILABLE";
  }

  public String name() {
    return name;
  }

  /** What pjsip.conf says of this endpoint: caller id and language. */
  public EndpointProfiles.Profile profile() {
    return profile;
  }

  void profile(EndpointProfiles.Profile profile) {
    this.profile = profile;
  }

  public String device() {
    return "PJSIP/" + name;
  }

  /** The context chan_pjsip puts on channels to this endpoint (pjsip.conf "context"). */
  public String context() {
    return context;
  }

  public EndpointBehaviour behaviour() {
    return behaviour;
  }

  public void behaviour(EndpointBehaviour behaviour) {
    this.behaviour = behaviour;
  }

  /** Draws ring and talk times per call (stochastic traffic) instead of the fixed behaviour's. */
  public void timings(
      java.util.function.Supplier<java.time.Duration> ring,
      java.util.function.Supplier<java.time.Duration> talk) {
    this.ringTimes = ring;
    this.talkTimes = talk;
  }

  public java.time.Duration nextRingTime() {
    var source = ringTimes;
    return source != null ? source.get() : behaviour.ringTime();
  }

  java.time.Duration nextTalkTime() {
    var source = talkTimes;
    return source != null ? source.get() : behaviour.talkTime();
  }

  public boolean registered() {
    return registered;
  }

  void registered(boolean registered) {
    this.registered = registered;
  }

  public String deviceState() {
    return deviceState;
  }

  void deviceState(String state) {
    this.deviceState = state;
  }

  /** Takes the phone for one call; false when it already has one (the phone answers busy). */
  public boolean tryReserve() {
    boolean reserved = calls.compareAndSet(0, 1);
    if (!reserved) {
      ringsWhileInCall.incrementAndGet();
    }
    return reserved;
  }

  /** How many times something tried to ring this phone while it already had a call. */
  public int ringsWhileInCall() {
    return ringsWhileInCall.get();
  }

  public void release() {
    calls.set(0);
  }

  public boolean inCall() {
    return calls.get() > 0;
  }

  /** The device state when no call is on it. */
  String idleState() {
    return registered ? "NOT_INUSE" : "UNAVAILABLE";
  }
}
