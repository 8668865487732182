package fr.cci.hotline.simulator.pbx;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/** A channel of the model: identity, caller id, dialplan position, variables and signals. */
public final class Channel {

  public static final String UNKNOWN = "<unknown>";

  private final String name;
  private final String uniqueId;
  private final String technology;
  private final String device;
  private final ChannelSignals signals;
  private final VariableStore variables = new VariableStore();
  private final List<ChannelObserver> observers = new CopyOnWriteArrayList<>();
  private final AtomicBoolean hangupPublished = new AtomicBoolean();
  private volatile String linkedId;
  private volatile ChannelState state;
  private volatile String callerIdNum = UNKNOWN;
  private volatile String callerIdName = UNKNOWN;
  private volatile String connectedNum = UNKNOWN;
  private volatile String connectedName = UNKNOWN;
  private volatile String context;
  private volatile String exten;
  private volatile int priority = 1;
  private volatile String dnid = "unknown";
  private volatile String language = "en";
  private final AtomicBoolean musicOnHold = new AtomicBoolean();
  // 0 until something sets it: a Local half hung up by its owner reports Cause 0 (S0, S4).
  private volatile int hangupCause = HangupCause.UNKNOWN;
  private final CallTrace trace = new CallTrace();
  private volatile Channel localPeer;
  private volatile String application = "";
  private volatile String appData = "";
  private volatile ChannelSnapshot published;
  private final CallProgress progress;

  public Channel(
      String name,
      String uniqueId,
      String linkedId,
      String device,
      ChannelState state,
      String context,
      String exten,
      long createdNanos,
      Timeline timeline) {
    this.signals = new ChannelSignals(timeline);
    this.name = name;
    this.uniqueId = uniqueId;
    this.linkedId = linkedId;
    this.technology = name.substring(0, name.indexOf('/'));
    this.device = device;
    this.state = state;
    this.context = context;
    this.exten = exten;
    this.progress = new CallProgress(createdNanos);
  }

  /** The channel's language, from its endpoint in pjsip.conf ({@code en} unless set). */
  public String language() {
    return language;
  }

  public void language(String language) {
    this.language = language;
  }

  /** Starts or stops music on hold; true when that changed something. */
  boolean musicOnHold(boolean on) {
    return musicOnHold.compareAndSet(!on, on);
  }

  public String name() {
    return name;
  }

  public String uniqueId() {
    return uniqueId;
  }

  public String linkedId() {
    return linkedId;
  }

  public void linkedId(String linkedId) {
    this.linkedId = linkedId;
  }

  public String technology() {
    return technology;
  }

  /** The device whose state this channel drives: PJSIP/adv101, Local/3000@ivr-in. */
  public String device() {
    return device;
  }

  public ChannelSignals signals() {
    return signals;
  }

  public ChannelState state() {
    return state;
  }

  public void state(ChannelState state) {
    this.state = state;
  }

  public boolean isUp() {
    return state == ChannelState.UP && !signals.isHungUp();
  }

  public boolean isHungUp() {
    return signals.isHungUp();
  }

  public String callerIdNum() {
    return callerIdNum;
  }

  public String callerIdName() {
    return callerIdName;
  }

  public void callerId(String num, String callerName) {
    this.callerIdNum = num;
    this.callerIdName = callerName;
  }

  public String connectedNum() {
    return connectedNum;
  }

  public String connectedName() {
    return connectedName;
  }

  public void connectedLine(String num, String lineName) {
    this.connectedNum = num;
    this.connectedName = lineName;
  }

  public String context() {
    return context;
  }

  public String exten() {
    return exten;
  }

  public int priority() {
    return priority;
  }

  public void position(String context, String exten, int priority) {
    this.context = context;
    this.exten = exten;
    this.priority = priority;
  }

  public void priority(int priority) {
    this.priority = priority;
  }

  /** The application the channel runs, as its snapshots show it (AppDial, Wait…). */
  public String application() {
    return application;
  }

  public String appData() {
    return appData;
  }

  public void application(String name, String data) {
    this.application = name;
    this.appData = data;
  }

  /** The snapshot the manager last published, null before Newchannel. */
  public ChannelSnapshot published() {
    return published;
  }

  void published(ChannelSnapshot snapshot) {
    this.published = snapshot;
  }

  public CallProgress progress() {
    return progress;
  }

  public String dnid() {
    return dnid;
  }

  public void dnid(String dnid) {
    this.dnid = dnid;
  }

  public int hangupCause() {
    return hangupCause;
  }

  public void hangupCause(int cause) {
    this.hangupCause = cause;
  }

  /** 1 or 2 for the halves of a Local channel (owner side, dialplan side), 0 otherwise. */
  public int localHalf() {
    return localPeer == null ? 0 : (name.endsWith(";1") ? 1 : 2);
  }

  /** The other half of a Local channel pair, or null. */
  public Channel localPeer() {
    return localPeer;
  }

  public void localPeer(Channel peer) {
    this.localPeer = peer;
  }

  /** Where the model records what happened to the call this channel belongs to. */
  public CallTrace trace() {
    return trace;
  }

  public String variable(String variable) {
    return variables.get(variable);
  }

  public void variable(String variable, String value) {
    variables.put(variable, value);
  }

  public Map<String, String> variables() {
    return variables.copy();
  }

  public VariableStore variableStore() {
    return variables;
  }

  public void observe(ChannelObserver observer) {
    observers.add(observer);
  }

  public List<ChannelObserver> observers() {
    return observers;
  }

  /** Whether the Hangup event is out: the channel no longer exists for Asterisk. */
  public boolean isHangupPublished() {
    return hangupPublished.get();
  }

  /** True the first time only: the Hangup event is published once per channel. */
  public boolean markHangupPublished() {
    return hangupPublished.compareAndSet(false, true);
  }

  @Override
  public String toString() {
    return name;
  }
}
