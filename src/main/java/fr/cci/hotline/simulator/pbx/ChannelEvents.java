package fr.cci.hotline.simulator.pbx;

import fr.cci.hotline.simulator.ami.AmiEventSink;
import fr.cci.hotline.simulator.ami.AmiMessage;

/**
 * Builds and publishes events with the headers Asterisk puts on them: Privilege, Timestamp,
 * SystemName, then the channel snapshot (optionally prefixed: Dest…, LocalOne…).
 */
public final class ChannelEvents {

  private final AmiEventSink sink;
  private final SimClock clock;
  private final String systemName;

  public ChannelEvents(AmiEventSink sink, SimClock clock, String systemName) {
    this.sink = sink;
    this.clock = clock;
    this.systemName = systemName == null ? "" : systemName;
  }

  public SimClock clock() {
    return clock;
  }

  public AmiMessage header(String event, String privilege) {
    AmiMessage message = AmiMessage.event(event, privilege).add("Timestamp", clock.timestamp());
    if (!systemName.isEmpty()) {
      message.add("SystemName", systemName);
    }
    return message;
  }

  public AmiMessage channelEvent(String event, String privilege, Channel channel) {
    return snapshot(header(event, privilege), "", channel);
  }

  public AmiMessage call(String event, Channel channel) {
    return channelEvent(event, "call,all", channel);
  }

  public static AmiMessage snapshot(AmiMessage message, String prefix, Channel channel) {
    return message
        .add(prefix + "Channel", channel.name())
        .add(prefix + "ChannelState", channel.state().code())
        .add(prefix + "ChannelStateDesc", channel.state().description())
        .add(prefix + "CallerIDNum", channel.callerIdNum())
        .add(prefix + "CallerIDName", channel.callerIdName())
        .add(prefix + "ConnectedLineNum", channel.connectedNum())
        .add(prefix + "ConnectedLineName", channel.connectedName())
        .add(prefix + "Language", "en")
        .add(prefix + "AccountCode", "")
        .add(prefix + "Context", channel.context())
        .add(prefix + "Exten", channel.exten())
        .add(prefix + "Priority", channel.priority())
        .add(prefix + "Uniqueid", channel.uniqueId())
        .add(prefix + "Linkedid", channel.linkedId());
  }

  public void publish(AmiMessage event) {
    sink.publish(event);
  }

  public void newchannel(Channel channel) {
    publish(call("Newchannel", channel));
  }

  public void newstate(Channel channel) {
    publish(call("Newstate", channel));
  }

  public void newCallerid(Channel channel) {
    publish(
        call("NewCallerid", channel)
            .add("CID-CallingPres", "0 (Presentation Allowed, Not Screened)"));
  }

  public void newConnectedLine(Channel channel) {
    publish(call("NewConnectedLine", channel));
  }

  public void newexten(Channel channel, String application, String appData) {
    publish(
        channelEvent("Newexten", "dialplan,all", channel)
            .add("Extension", channel.exten())
            .add("Application", application)
            .add("AppData", appData));
  }

  public void varSet(Channel channel, String variable, String value) {
    publish(
        channelEvent("VarSet", "dialplan,all", channel)
            .add("Variable", variable)
            .add("Value", value));
  }

  public void hangupRequest(Channel channel, Integer cause) {
    AmiMessage event = call("HangupRequest", channel);
    if (cause != null) {
      event.add("Cause", cause);
    }
    publish(event);
  }

  public void softHangupRequest(Channel channel, int cause) {
    publish(call("SoftHangupRequest", channel).add("Cause", cause));
  }

  public void hangup(Channel channel) {
    publish(
        call("Hangup", channel)
            .add("Cause", channel.hangupCause())
            .add("Cause-txt", HangupCause.text(channel.hangupCause())));
  }

  public void deviceState(String device, String state) {
    publish(header("DeviceStateChange", "call,all").add("Device", device).add("State", state));
  }

  /** A Dest-prefixed pair event (DialBegin, AgentCalled…): caller snapshot, then the callee's. */
  public AmiMessage pair(String event, String privilege, Channel caller, Channel callee) {
    AmiMessage message = header(event, privilege);
    if (caller != null) {
      snapshot(message, "", caller);
    }
    return snapshot(message, "Dest", callee);
  }
}
