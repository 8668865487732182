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
  private volatile boolean musicOnHoldConfigured;

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

  /** An event about a channel, rendered from its cached snapshot as stasis does. */
  public AmiMessage channelEvent(String event, String privilege, Channel channel) {
    return snapshot(header(event, privilege), "", channel);
  }

  public AmiMessage call(String event, Channel channel) {
    return channelEvent(event, "call,all", channel);
  }

  /** The channel's fields as its last published snapshot has them (live before the first). */
  public static AmiMessage snapshot(AmiMessage message, String prefix, Channel channel) {
    ChannelSnapshot cached = channel.published();
    return render(message, prefix, cached != null ? cached : ChannelSnapshot.of(channel));
  }

  /** The channel's fields as they are now (ast_channel_snapshot_create: app_queue's events). */
  public static AmiMessage fresh(AmiMessage message, String prefix, Channel channel) {
    return render(message, prefix, ChannelSnapshot.of(channel));
  }

  private static AmiMessage render(AmiMessage message, String prefix, ChannelSnapshot channel) {
    return message
        .add(prefix + "Channel", channel.name())
        .add(prefix + "ChannelState", channel.state().code())
        .add(prefix + "ChannelStateDesc", channel.state().description())
        .add(prefix + "CallerIDNum", channel.callerIdNum())
        .add(prefix + "CallerIDName", channel.callerIdName())
        .add(prefix + "ConnectedLineNum", channel.connectedNum())
        .add(prefix + "ConnectedLineName", channel.connectedName())
        .add(prefix + "Language", channel.language())
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

  /**
   * Publishes a new snapshot of the channel and the events its differences with the previous one
   * make (manager_channels.c's snapshot monitors, in their order): Newchannel or Newstate,
   * Newexten, NewCallerid, NewConnectedLine.
   */
  public synchronized void publishSnapshot(Channel channel) {
    ChannelSnapshot old = channel.published();
    ChannelSnapshot now = ChannelSnapshot.of(channel);
    channel.published(now);
    if (old == null) {
      publish(render(header("Newchannel", "call,all"), "", now));
      return;
    }
    if (old.state() != now.state()) {
      publish(render(header("Newstate", "call,all"), "", now));
    }
    if (!now.application().isEmpty() && !now.samePlace(old)) {
      publish(newexten(now));
    }
    if (!now.sameCaller(old)) {
      publish(newCallerid(now));
    }
    if (!now.sameConnected(old)) {
      publish(render(header("NewConnectedLine", "call,all"), "", now));
    }
  }

  public void newchannel(Channel channel) {
    channel.published(ChannelSnapshot.of(channel));
    publish(call("Newchannel", channel));
  }

  public void newstate(Channel channel) {
    channel.published(ChannelSnapshot.of(channel));
    publish(call("Newstate", channel));
  }

  public void newCallerid(Channel channel) {
    channel.published(ChannelSnapshot.of(channel));
    publish(newCallerid(channel.published()));
  }

  public void newConnectedLine(Channel channel) {
    channel.published(ChannelSnapshot.of(channel));
    publish(call("NewConnectedLine", channel));
  }

  public void newexten(Channel channel, String application, String appData) {
    channel.application(application, appData);
    channel.published(ChannelSnapshot.of(channel));
    publish(newexten(channel.published()));
  }

  private AmiMessage newexten(ChannelSnapshot snapshot) {
    return render(header("Newexten", "dialplan,all"), "", snapshot)
        .add("Extension", snapshot.exten())
        .add("Application", snapshot.application())
        .add("AppData", snapshot.appData());
  }

  private AmiMessage newCallerid(ChannelSnapshot snapshot) {
    return render(header("NewCallerid", "call,all"), "", snapshot)
        .add("CID-CallingPres", "0 (Presentation Allowed, Not Screened)");
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

  /** Without a class in musiconhold.conf, Asterisk plays no music and says nothing of it. */
  public void musicOnHoldConfigured(boolean configured) {
    this.musicOnHoldConfigured = configured;
  }

  /**
   * Music on hold starts or stops on a channel (res_musiconhold): MusicOnHoldStart with the class,
   * MusicOnHoldStop; nothing when it was already so.
   */
  public void musicOnHold(Channel channel, boolean on) {
    if (!musicOnHoldConfigured || !channel.musicOnHold(on)) {
      return;
    }
    publish(
        on
            ? call("MusicOnHoldStart", channel).add("Class", "default")
            : call("MusicOnHoldStop", channel));
  }

  public void hangup(Channel channel) {
    musicOnHold(channel, false);
    channel.published(ChannelSnapshot.of(channel));
    publish(
        call("Hangup", channel)
            .add("Cause", channel.hangupCause())
            .add("Cause-txt", HangupCause.text(channel.hangupCause())));
  }

  public void deviceState(String device, String state) {
    publish(header("DeviceStateChange", "call,all").add("Device", device).add("State", state));
  }

  /**
   * DialBegin, from the cached snapshots; the caller is null for an originate. DialState and
   * DialEnd take fresh ones (ast_channel_publish_dial_forward does so when a status is given):
   * app_dial's DialEnd shows the callee's emptied extension before any Newexten does (S2, S10).
   */
  public AmiMessage dialBegin(Channel caller, Channel callee, String dialString) {
    return pair("DialBegin", "call,all", caller, callee).add("DialString", dialString);
  }

  public AmiMessage dialStatus(String event, Channel caller, Channel callee, String status) {
    AmiMessage message = header(event, "call,all");
    if (caller != null) {
      fresh(message, "", caller);
    }
    return fresh(message, "Dest", callee).add("DialStatus", status);
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
